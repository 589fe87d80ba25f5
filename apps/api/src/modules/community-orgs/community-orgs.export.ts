import {
  COMMUNITY_AREA_LABELS,
  COMMUNITY_ORG_CATEGORIES,
  type TCommunityOrg,
  type TCommunityOrgListQuery,
} from '@shezu/contracts';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { pickColumns } from '../../platform/exports/columns';
import type { ExportSpec } from '../../platform/exports/export.service';
import { describeFilter } from '../../platform/exports/format';
import type { ExportColumn } from '../../platform/exports/xlsx-writer';
import type { CommunityOrgsService } from './community-orgs.service';

const STATUS_LABELS = { filed: '已备案', cancelled: '已注销备案' } as const;

/** Personal data leaves masked: the phone as the list shows it, no ID number at all. */
export const COMMUNITY_ORG_EXPORT_COLUMNS: ExportColumn<TCommunityOrg>[] = [
  { key: 'name', header: '名称', width: 30 },
  { key: 'regionName', header: '乡镇（街道）', width: 28 },
  { key: 'communityName', header: '所在社区（村）', width: 18 },
  { key: 'areaKind', header: '社区类型', width: 10, value: (o) => COMMUNITY_AREA_LABELS[o.areaKind] },
  { key: 'categoryName', header: '类别', width: 16 },
  { key: 'responsibleName', header: '负责人', width: 10 },
  { key: 'responsiblePhoneMasked', header: '负责人电话', width: 14 },
  { key: 'venue', header: '活动场所', width: 24 },
  { key: 'activityArea', header: '活动范围', width: 20 },
  { key: 'memberCount', header: '成员人数', width: 10, format: 'integer' },
  { key: 'fundsFen', header: '活动资金（元）', width: 14, format: 'money' },
  { key: 'filedOn', header: '备案日期', width: 12, format: 'date' },
  { key: 'status', header: '状态', width: 12, value: (o) => STATUS_LABELS[o.status] },
  { key: 'cancelledOn', header: '注销日期', width: 12, format: 'date' },
];

/** The export of the list: same filter, same read scope, page by page. */
export function communityOrgExport(
  service: CommunityOrgsService,
  user: AuthUser,
  actor: Actor,
  q: Omit<TCommunityOrgListQuery, 'limit' | 'cursor'> & { columns?: string | undefined },
): ExportSpec<TCommunityOrg> {
  const { columns, ...filter } = q;
  async function* rows() {
    let cursor: string | undefined;
    do {
      const page = await service.list(user, { ...filter, limit: 200, ...(cursor ? { cursor } : {}) });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return {
    list: 'community_org',
    title: '社区社会组织备案名录',
    columns: pickColumns(COMMUNITY_ORG_EXPORT_COLUMNS, columns),
    rows: rows(),
    filter: {
      params: filter,
      description: describeFilter([
        ['名称', filter.q],
        ['地区代码', filter.within],
        ['状态', filter.status && STATUS_LABELS[filter.status]],
        ['社区类型', filter.areaKind && COMMUNITY_AREA_LABELS[filter.areaKind]],
        ['类别', filter.categoryCode && COMMUNITY_ORG_CATEGORIES.find((c) => c.code === filter.categoryCode)?.name],
      ]),
    },
    actor,
  };
}
