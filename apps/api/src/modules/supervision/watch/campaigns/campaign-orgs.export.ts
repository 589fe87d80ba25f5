import type { TCampaignOrg } from '@shezu/contracts';
import type { Actor, AuthUser } from '../../../../platform/auth/auth-user';
import type { ExportSpec } from '../../../../platform/exports/export.service';
import type { SpecialCampaignsService } from './campaigns.service';

const SELF = { pending: '未自查', submitted: '已自查' } as const;
const RECT = { none: '', pending: '待整改', claimed: '已报整改，待确认', confirmed: '整改到位' } as const;

/** The in-scope organizations of one campaign with their self-inspection and rectification, as Excel. */
export async function campaignOrgsExport(
  service: SpecialCampaignsService,
  user: AuthUser,
  actor: Actor,
  id: number,
): Promise<ExportSpec<TCampaignOrg>> {
  const c = await service.record(user, id);
  async function* rows() {
    let cursor: string | undefined;
    do {
      const page = await service.orgs(user, id, { limit: 200, ...(cursor ? { cursor } : {}) });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return {
    list: 'campaign_org',
    title: '专项整治纳入组织',
    columns: [
      { key: 'orgName', header: '组织名称', width: 36 },
      { key: 'uscc', header: '统一社会信用代码', width: 22 },
      { key: 'regionCode', header: '住所地区划代码', width: 14 },
      { key: 'status', header: '自查', value: (o) => SELF[o.status] },
      { key: 'problemFound', header: '自查发现问题', value: (o) => (o.problemFound ? '是' : '否') },
      { key: 'rectification', header: '整改', width: 16, value: (o) => RECT[o.rectification] },
      { key: 'rectificationEvidence', header: '整改情况', width: 40 },
    ],
    rows: rows(),
    filter: { params: { campaignId: id }, description: `专项整治：${c.title}` },
    actor,
  };
}
