import type { TOrg, TOrgListQuery } from '@shezu/contracts';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { pickColumns } from '../../platform/exports/columns';
import type { ExportSpec } from '../../platform/exports/export.service';
import { describeFilter } from '../../platform/exports/format';
import type { ExportColumn } from '../../platform/exports/xlsx-writer';
import { ORG_LEVEL_LABELS, ORG_STATUS_LABELS, ORG_TYPE_LABELS } from './org-labels';
import type { OrgsQuery } from './orgs.query';

export const ORG_EXPORT_COLUMNS: ExportColumn<TOrg>[] = [
  { key: 'name', header: '名称', width: 36 },
  { key: 'uscc', header: '统一社会信用代码', width: 22, format: 'text' },
  { key: 'type', header: '类型', width: 14, value: (o) => ORG_TYPE_LABELS[o.type] },
  { key: 'categoryName', header: '领域类别', width: 14 },
  { key: 'level', header: '登记级别', width: 10, value: (o) => ORG_LEVEL_LABELS[o.level] },
  { key: 'authorityName', header: '登记管理机关', width: 22 },
  { key: 'supervisorUnitName', header: '业务主管单位', width: 24, value: (o) => o.supervisorUnitName ?? '直接登记' },
  { key: 'regionName', header: '住所地区', width: 24 },
  { key: 'address', header: '住所', width: 36 },
  { key: 'legalRepName', header: '法定代表人', width: 12 },
  { key: 'registeredFundsFen', header: '注册资金（元）', width: 16, format: 'money' },
  { key: 'foundedOn', header: '成立日期', width: 12, format: 'date' },
  { key: 'status', header: '状态', width: 14, value: (o) => ORG_STATUS_LABELS[o.status] },
  { key: 'evaluationGrade', header: '评估等级', width: 10 },
  { key: 'gradeValidUntil', header: '等级有效期至', width: 12, format: 'date' },
];

/** The register export: the list's query and scope, following its own cursor page by page. */
export function orgExport(
  query: OrgsQuery,
  user: AuthUser,
  actor: Actor,
  q: Omit<TOrgListQuery, 'limit' | 'cursor'> & { columns?: string | undefined },
): ExportSpec<TOrg> {
  const { columns, ...filter } = q;
  async function* rows() {
    let cursor: string | undefined;
    do {
      const page = await query.listFull(
        user,
        { ...filter, limit: 200, ...(cursor ? { cursor } : {}) },
        { byRegion: true },
      );
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return {
    list: 'organization',
    title: '社会组织名录',
    columns: pickColumns(ORG_EXPORT_COLUMNS, columns),
    rows: rows(),
    filter: {
      params: filter,
      description: describeFilter([
        ['名称或代码', filter.q],
        ['类型', filter.type && ORG_TYPE_LABELS[filter.type]],
        ['状态', filter.status && ORG_STATUS_LABELS[filter.status]],
        ['级别', filter.level && ORG_LEVEL_LABELS[filter.level]],
        ['领域类别', filter.categoryCode],
        ['地区代码', filter.within],
        ['业务主管单位编号', filter.supervisorUnitId],
      ]),
    },
    actor,
  };
}
