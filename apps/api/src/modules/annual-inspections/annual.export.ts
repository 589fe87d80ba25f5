import { CONCLUSION_LABELS, type TAnnualReportQuery, type TAnnualReportSummary } from '@shezu/contracts';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { pickColumns } from '../../platform/exports/columns';
import type { ExportSpec } from '../../platform/exports/export.service';
import { describeFilter } from '../../platform/exports/format';
import type { ExportColumn } from '../../platform/exports/xlsx-writer';
import type { ReportsService } from './reports.service';

export const STATUS_LABELS = {
  not_started: '未填报',
  draft: '填报中',
  in_review: '审核中',
  returned: '退回修改',
  concluded: '已作结论',
} as const;
export const STEP_LABELS = {
  supervisor: '业务主管单位初审',
  party: '党建工作机构审查',
  authority: '登记管理机关审核',
} as const;
const TYPE_LABELS = { social_group: '社会团体', service_institution: '民办非企业单位', foundation: '基金会' } as const;
const yesNo = (b: boolean) => (b ? '是' : '否');

export const ANNUAL_EXPORT_COLUMNS: ExportColumn<TAnnualReportSummary>[] = [
  { key: 'orgName', header: '组织名称', width: 30 },
  { key: 'uscc', header: '统一社会信用代码', width: 22 },
  { key: 'orgType', header: '类型', width: 14, value: (r) => TYPE_LABELS[r.orgType] },
  { key: 'year', header: '报告年度', width: 10, format: 'integer' },
  {
    key: 'supervisorUnitName',
    header: '业务主管单位',
    width: 24,
    value: (r) => r.supervisorUnitName ?? '（直接登记）',
  },
  { key: 'form', header: '报告形式', width: 10, value: (r) => (r.form === 'simplified' ? '简易' : '完整') },
  { key: 'status', header: '状态', width: 12, value: (r) => STATUS_LABELS[r.status] },
  { key: 'step', header: '审核环节', width: 18, value: (r) => (r.step ? STEP_LABELS[r.step] : '') },
  { key: 'dueDate', header: '报送截止日期', width: 14, format: 'date' },
  { key: 'submittedAt', header: '提交时间', width: 20, format: 'datetime' },
  { key: 'late', header: '逾期提交', width: 10, value: (r) => yesNo(r.late) },
  { key: 'overdue', header: '逾期未报', width: 10, value: (r) => yesNo(r.overdue) },
  { key: 'riskScore', header: '风险分', width: 10, format: 'integer' },
  { key: 'errorCount', header: '规则提示数', width: 10, format: 'integer' },
  { key: 'riskCount', header: '风险提示数', width: 10, format: 'integer' },
  {
    key: 'conclusion',
    header: '年检结论',
    width: 12,
    value: (r) => (r.conclusion ? CONCLUSION_LABELS[r.conclusion] : ''),
  },
];

/** The export of the list or queue: same filters, same read scope, page by page. */
export function annualExport(
  reports: ReportsService,
  user: AuthUser,
  actor: Actor,
  q: Omit<TAnnualReportQuery, 'limit' | 'cursor'> & { columns?: string | undefined },
): ExportSpec<TAnnualReportSummary> {
  const { columns, ...filter } = q;
  async function* rows() {
    let cursor: string | undefined;
    do {
      const page = await reports.list(user, { ...filter, limit: 200, ...(cursor ? { cursor } : {}) });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return {
    list: 'annual_report',
    title: '年度报告（年检）名单',
    columns: pickColumns(ANNUAL_EXPORT_COLUMNS, columns),
    rows: rows(),
    filter: {
      params: filter,
      description: describeFilter([
        ['年度', filter.year],
        ['状态', filter.status && STATUS_LABELS[filter.status]],
        ['环节', filter.step && STEP_LABELS[filter.step]],
        ['结论', filter.conclusion && CONCLUSION_LABELS[filter.conclusion]],
        ['逾期未报', filter.overdue === undefined ? undefined : yesNo(filter.overdue)],
        ['名称或代码', filter.q],
      ]),
    },
    actor,
  };
}
