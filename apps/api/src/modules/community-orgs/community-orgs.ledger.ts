import {
  COMMUNITY_ORG_CATEGORIES,
  ZCommunityOrgFields,
  bureauRegionOf,
  type TCommunityOrgFields,
} from '@shezu/contracts';
import { chinaDate, type Clock } from '../../platform/clock';
import type { AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized } from '../../platform/auth/guard';
import { AppError, fieldError } from '../../platform/errors';
import type { RegionsService } from '../regions/regions.service';
import { cellText, parseCount, parseDate, parseYuanToFen } from '../ledgers/cells';
import type { CheckedRow, LedgerColumn, LedgerDefinition, RowCells } from '../ledgers/ledger-kind';
import { communityOrgIssues } from './community-org-rules';
import type { CommunityOrgInsert } from './community-orgs.repository';
import type { CommunityOrgsService } from './community-orgs.service';

export const COMMUNITY_LEDGER_COLUMNS: LedgerColumn[] = [
  {
    key: 'name',
    header: '名称',
    required: true,
    note: '2–60个字；本乡镇（街道）已备案的组织中不得重名，文件内不得重复',
    example: '府山街道夕阳红志愿服务队',
    width: 28,
  },
  {
    key: 'communityName',
    header: '所在社区（村）',
    required: true,
    note: '组织所在的社区或行政村名称',
    example: '府山社区',
    width: 16,
  },
  {
    key: 'areaKind',
    header: '社区类型',
    required: true,
    note: '城市社区或农村社区（行政村填农村社区）',
    example: '城市社区',
  },
  { key: 'categoryCode', header: '类别', required: true, note: '见“可选值”', example: '公益慈善类', width: 16 },
  { key: 'responsibleName', header: '负责人', required: true, note: '负责人姓名', example: '李四' },
  {
    key: 'responsibleIdNumber',
    header: '负责人身份证号',
    required: false,
    note: '18位居民身份证号码（加密保存）',
    example: '330802198505051234',
    width: 20,
    format: 'text',
  },
  {
    key: 'responsiblePhone',
    header: '负责人电话',
    required: false,
    note: '11位手机号或带区号的座机号',
    example: '13905700001',
    format: 'text',
  },
  {
    key: 'venue',
    header: '活动场所',
    required: true,
    note: '固定或经常使用的活动场所',
    example: '府山社区党群服务中心二楼',
    width: 24,
  },
  {
    key: 'activityArea',
    header: '活动范围',
    required: true,
    note: '开展活动的地域范围',
    example: '府山社区',
    width: 16,
  },
  { key: 'memberCount', header: '成员人数', required: true, note: '不少于3人的整数', example: 25 },
  {
    key: 'fundsFen',
    header: '活动资金（元）',
    required: true,
    note: '单位为元，最多两位小数；没有填0',
    example: 2000,
    format: 'money',
  },
  { key: 'filedOn', header: '备案日期', required: true, note: '不得晚于今天', example: '2024-03-15', format: 'date' },
];

const HEADER = new Map(COMMUNITY_LEDGER_COLUMNS.map((c) => [c.key, c.header]));
const AREA_WORDS: Record<string, 'urban' | 'rural'> = {
  城市社区: 'urban',
  城市: 'urban',
  社区: 'urban',
  urban: 'urban',
  农村社区: 'rural',
  农村: 'rural',
  村: 'rural',
  rural: 'rural',
};
const CATEGORY_BY_WORD = new Map<string, string>(
  COMMUNITY_ORG_CATEGORIES.flatMap((c) => [
    [c.name, c.code],
    [c.code, c.code],
  ]),
);

export type ImportedCommunityOrg = TCommunityOrgFields;

/**
 * The community-organization ledger. Township staff import their own township's filings; the county
 * bureau may import them for any township of its county, because it is the bureau that decides for
 * townships (they have none of their own) and the one that usually holds the old filing spreadsheets
 * when a county moves onto the platform. A city bureau only reads.
 */
export function communityLedger(deps: {
  community: CommunityOrgsService;
  regions: RegionsService;
  clock: Clock;
}): LedgerDefinition<ImportedCommunityOrg, CommunityOrgInsert> {
  async function target(user: AuthUser, requested: string | undefined): Promise<string> {
    const own = user.regionCode ?? '';
    if (user.permissions.has('community_orgs.manage') && own.length === 9) {
      if (requested && requested !== own)
        throw new AppError('OUT_OF_DECISION_SCOPE', '只能导入本乡镇（街道）的社区社会组织');
      assertAuthorized(user, 'community_orgs.manage', { regionCode: own, authorityRegionCode: own });
      return own;
    }
    if (!user.roles.includes('authority_staff') || own.length === 0 || own.length > 6)
      throw new AppError('FORBIDDEN', '社区社会组织台账由乡镇（街道）或县级民政部门导入');
    if (!requested) throw fieldError('regionCode', '请选择要导入的乡镇（街道）');
    if (requested.length !== 9) throw fieldError('regionCode', '请选择一个乡镇（街道）');
    assertAuthorized(user, 'ledgers.import', { regionCode: requested });
    if (bureauRegionOf(requested) !== own)
      throw new AppError('OUT_OF_DECISION_SCOPE', '只有本县（市、区）民政部门可以为乡镇（街道）导入');
    if (!(await deps.regions.find(requested))) throw fieldError('regionCode', '乡镇（街道）不存在');
    return requested;
  }

  return {
    kind: 'community_orgs',
    title: '社区社会组织备案台账',
    sheetName: '社区社会组织台账',
    columns: COMMUNITY_LEDGER_COLUMNS,
    target,
    async templateLists() {
      return {
        lists: { areaKind: ['城市社区', '农村社区'], categoryCode: COMMUNITY_ORG_CATEGORIES.map((c) => c.name) },
      };
    },
    async open(_db, township) {
      const today = chinaDate(deps.clock.now());
      return {
        async checkRow(cells: RowCells): Promise<CheckedRow<ImportedCommunityOrg>> {
          const errors = new Map<string, string>();
          const err = (k: string, m: string) => void (errors.has(k) || errors.set(k, m));
          const text = (k: string) => cellText(cells[k] ?? null);
          for (const c of COMMUNITY_LEDGER_COLUMNS)
            if (c.required && text(c.key) === null) err(c.key, `请填写${c.header}`);
          const f: Record<string, unknown> = {};
          for (const k of [
            'name',
            'communityName',
            'responsibleName',
            'responsibleIdNumber',
            'responsiblePhone',
            'venue',
            'activityArea',
          ])
            f[k] = text(k);
          const area = text('areaKind');
          f.areaKind = area ? AREA_WORDS[area] : undefined;
          if (area && !f.areaKind) err('areaKind', '社区类型应为“城市社区”或“农村社区”');
          const cat = text('categoryCode');
          f.categoryCode = cat ? CATEGORY_BY_WORD.get(cat) : undefined;
          if (cat && !f.categoryCode) err('categoryCode', `类别“${cat}”不在可选值中`);
          if (text('memberCount') !== null) {
            const n = parseCount(cells.memberCount ?? null, 1_000_000);
            if (n.ok) f.memberCount = n.value;
            else err('memberCount', n.message);
          }
          if (text('fundsFen') !== null) {
            const m = parseYuanToFen(cells.fundsFen ?? null, 1e13);
            if (m.ok) f.fundsFen = m.value;
            else err('fundsFen', m.message);
          }
          if (text('filedOn') !== null) {
            const d = parseDate(cells.filedOn ?? null);
            if (d.ok) f.filedOn = d.value;
            else err('filedOn', d.message);
          }
          const parsed = ZCommunityOrgFields.safeParse(f);
          if (!parsed.success) for (const i of parsed.error.issues) err(String(i.path[0] ?? 'name'), i.message);
          if (parsed.success)
            for (const [k, m] of Object.entries(communityOrgIssues(parsed.data, { today }))) err(k, m);
          const name = typeof f.name === 'string' ? f.name : null;
          const list = [...errors].map(([k, message]) => ({ column: HEADER.get(k) ?? k, message }));
          return {
            value: list.length === 0 && parsed.success ? parsed.data : null,
            errors: list,
            warnings: [],
            pilot: false,
            keys: name ? [{ kind: 'name', value: name, column: HEADER.get('name')!, label: '名称' }] : [],
          };
        },
        async taken(db, keys) {
          const names = await deps.community.namesTaken(
            db,
            township,
            keys.map((k) => k.value),
          );
          return new Map([...names].map((n) => [`name:${n}`, '本乡镇（街道）已有同名的已备案社区社会组织']));
        },
        prepare(rows, meta) {
          return deps.community.prepareRows(
            rows.map((fields) => ({ fields, regionCode: township })),
            { filedBy: meta.actor.userId },
          );
        },
        insert: (trx, rows) => deps.community.insertPrepared(trx, rows),
      };
    },
  };
}
