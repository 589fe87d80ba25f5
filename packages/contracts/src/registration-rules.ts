import { NATIONAL_REGION_CODE } from './regions';
import type { RegisteredOrgType } from './orgs';

/**
 * The founding minimums and the preparation window of the national regulations, as pure functions the
 * API checks on submission and the web form shows while the applicant types. Money in fen.
 */

/** 《社会团体登记管理条例》第十条第（一）项. */
export const SOCIAL_GROUP_MEMBER_MINIMUMS = { individual: 50, unit: 30, mixed: 50 } as const;
/** 《社会团体登记管理条例》第十条第（五）项: 全国性10万元, 地方性和跨行政区域的3万元. */
export const SOCIAL_GROUP_FUNDS_MINIMUM_FEN = { national: 10_000_000, local: 3_000_000 } as const;
/** 《基金会管理条例》第八条第（二）项: 全国性公募800万元, 地方性公募400万元, 非公募200万元. */
export const FOUNDATION_FUNDS_MINIMUM_FEN = {
  nationalPublic: 800_000_000,
  localPublic: 400_000_000,
  nonPublic: 200_000_000,
} as const;
/** 《社会团体登记管理条例》第十四条: 自批准筹备之日起6个月内申请成立登记. */
export const PREPARATION_WINDOW_MONTHS = 6;

const SOCIAL_GROUP_RULE = '《社会团体登记管理条例》第十条';
const FOUNDATION_RULE = '《基金会管理条例》第八条';

export interface MinimumsInput {
  type: RegisteredOrgType;
  /** The registering bureau: '100000' (民政部) makes the organization national, anything else local. */
  authorityRegionCode: string;
  memberCount?: number | null;
  unitMemberCount?: number | null;
  registeredFundsFen?: number | null;
  publicFundraising?: boolean | null;
}

/** Field → message; empty when every minimum is met. */
export type FieldProblems = Record<string, string>;

/** 3000000 fen → '3万元', 12345 → '123.45元'. */
export function formatYuan(fen: number): string {
  if (fen >= 1_000_000 && fen % 10_000 === 0) return `${fen / 1_000_000}万元`;
  return `${(fen / 100).toFixed(fen % 100 === 0 ? 0 : 2)}元`;
}

function memberProblems(i: MinimumsInput): FieldProblems {
  const { individual, unit, mixed } = SOCIAL_GROUP_MEMBER_MINIMUMS;
  const people = i.memberCount ?? 0;
  const units = i.unitMemberCount ?? 0;
  if (people === 0 && units === 0) {
    return {
      memberCount: `请填写会员数量：个人会员不少于${individual}个，或单位会员不少于${unit}个（${SOCIAL_GROUP_RULE}）`,
    };
  }
  if (people > 0 && units > 0) {
    return people + units >= mixed
      ? {}
      : {
          memberCount: `个人会员与单位会员混合组成的，会员总数应不少于${mixed}个，当前共${people + units}个（${SOCIAL_GROUP_RULE}）`,
        };
  }
  if (people > 0 && people < individual) {
    return { memberCount: `个人会员应不少于${individual}个，当前${people}个（${SOCIAL_GROUP_RULE}）` };
  }
  if (units > 0 && units < unit) {
    return { unitMemberCount: `单位会员应不少于${unit}个，当前${units}个（${SOCIAL_GROUP_RULE}）` };
  }
  return {};
}

function fundsProblem(i: MinimumsInput): FieldProblems {
  const national = i.authorityRegionCode === NATIONAL_REGION_CODE;
  const funds = i.registeredFundsFen ?? 0;
  if (i.type === 'social_group') {
    const min = national ? SOCIAL_GROUP_FUNDS_MINIMUM_FEN.national : SOCIAL_GROUP_FUNDS_MINIMUM_FEN.local;
    if (funds >= min) return {};
    const who = national ? '全国性社会团体' : '地方性社会团体';
    return {
      registeredFundsFen: `${who}的活动资金应不少于${formatYuan(min)}，当前${formatYuan(funds)}（${SOCIAL_GROUP_RULE}）`,
    };
  }
  if (i.type === 'foundation') {
    const [min, who] = i.publicFundraising
      ? national
        ? [FOUNDATION_FUNDS_MINIMUM_FEN.nationalPublic, '全国性公募基金会']
        : [FOUNDATION_FUNDS_MINIMUM_FEN.localPublic, '地方性公募基金会']
      : [FOUNDATION_FUNDS_MINIMUM_FEN.nonPublic, '非公募基金会'];
    if (funds >= min) return {};
    return {
      registeredFundsFen: `${who}的原始基金应不少于${formatYuan(min)}，当前${formatYuan(funds)}（${FOUNDATION_RULE}）`,
    };
  }
  // 《民办非企业单位登记管理暂行条例》第八条 asks for assets suited to the activity, without a national figure.
  return {};
}

/**
 * The founding minimums: members and activity funds of a social group, the original fund of a
 * foundation. `funds` checks the money alone: at preparation (筹备) members have not yet joined, and a
 * change of registered funds must stay above the floor.
 */
export function minimumProblems(i: MinimumsInput, what: 'all' | 'funds' = 'all'): FieldProblems {
  return {
    ...(i.type === 'social_group' && what === 'all' ? memberProblems(i) : {}),
    ...fundsProblem(i),
  };
}

/**
 * The last day on which the establishment may be applied for after preparation was approved on
 * `approvedOn`: the same day of the sixth month after, or that month's last day when it has no such day
 * (民法典第二百零一、二百零二条: the first day is not counted).
 */
export function preparationDeadline(approvedOn: string): string {
  const [y, m, d] = approvedOn.split('-').map(Number) as [number, number, number];
  const months = m - 1 + PREPARATION_WINDOW_MONTHS;
  const year = y + Math.floor(months / 12);
  const month = (months % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Null while `today` is within the window; otherwise the message for the form. */
export function preparationWindowProblem(approvedOn: string, today: string): string | null {
  const deadline = preparationDeadline(approvedOn);
  if (today <= deadline) return null;
  return `筹备已于${approvedOn}获批，应在${deadline}前申请成立登记，现已超过6个月，请重新申请筹备（《社会团体登记管理条例》第十四条）`;
}
