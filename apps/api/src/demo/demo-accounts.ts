import type { Role, UnitKind } from '@shezu/contracts';

/** The one password of every demo account; a start with DEMO off refuses while any still has it. */
export const DEMO_PASSWORD = 'Shezu@2026';

export interface DemoUnit {
  key: string;
  name: string;
  kind: UnitKind;
  regionCode: string;
}

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  regionCode: string | null;
  unitKey?: string;
}

/** Bureau staff and units of a county-level place, keyed by a short pinyin prefix. */
function county(prefix: string, code: string, place: string): { units: DemoUnit[]; accounts: DemoAccount[] } {
  return {
    units: [
      { key: `${prefix}-authority`, name: `${place}民政局`, kind: 'authority', regionCode: code },
      { key: `${prefix}-party`, name: `中共${place}社会组织综合委员会`, kind: 'party_body', regionCode: code },
    ],
    accounts: [
      {
        username: `${prefix}-clerk`,
        displayName: `${place}民政局登记员`,
        roles: ['authority_staff'],
        regionCode: code,
        unitKey: `${prefix}-authority`,
      },
    ],
  };
}

const yunyang = county('yy', '500235', '云阳县');
const quzhou = county('qz', '3308', '衢州市');
const quzhouCounties = [
  county('qz-kc', '330802', '柯城区'),
  county('qz-qj', '330803', '衢江区'),
  county('qz-cs', '330822', '常山县'),
  county('qz-kh', '330824', '开化县'),
  county('qz-ly', '330825', '龙游县'),
  county('qz-js', '330881', '江山市'),
];

export const DEMO_UNITS: DemoUnit[] = [
  ...yunyang.units,
  { key: 'yy-edu', name: '云阳县教育委员会', kind: 'supervisor', regionCode: '500235' },
  { key: 'yy-culture', name: '云阳县文化和旅游发展委员会', kind: 'supervisor', regionCode: '500235' },
  { key: 'yy-market', name: '云阳县市场监督管理局', kind: 'partner', regionCode: '500235' },
  { key: 'yy-police', name: '云阳县公安局', kind: 'partner', regionCode: '500235' },
  { key: 'yy-tax', name: '国家税务总局云阳县税务局', kind: 'partner', regionCode: '500235' },
  { key: 'yy-eval', name: '云阳县社会组织评估服务中心', kind: 'evaluator', regionCode: '500235' },
  ...quzhou.units,
  { key: 'qz-sci', name: '衢州市科学技术局', kind: 'supervisor', regionCode: '3308' },
  { key: 'qz-civil', name: '衢州市文化广电旅游局', kind: 'supervisor', regionCode: '3308' },
  { key: 'qz-police', name: '衢州市公安局', kind: 'partner', regionCode: '3308' },
  { key: 'qz-tax', name: '国家税务总局衢州市税务局', kind: 'partner', regionCode: '3308' },
  { key: 'qz-eval', name: '衢州市社会组织发展评估中心', kind: 'evaluator', regionCode: '3308' },
  ...quzhouCounties.flatMap((c) => c.units),
];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'yy-admin', displayName: '云阳县系统管理员', roles: ['system_admin'], regionCode: '500235' },
  ...yunyang.accounts,
  {
    username: 'yy-supervisor',
    displayName: '云阳县教委审查员',
    roles: ['supervisor_staff'],
    regionCode: '500235',
    unitKey: 'yy-edu',
  },
  {
    username: 'yy-party',
    displayName: '云阳县综合党委工作人员',
    roles: ['party_staff'],
    regionCode: '500235',
    unitKey: 'yy-party',
  },
  {
    username: 'yy-partner',
    displayName: '云阳县市场监管局联络员',
    roles: ['partner_staff'],
    regionCode: '500235',
    unitKey: 'yy-market',
  },
  { username: 'yy-township', displayName: '双江街道社会事务办', roles: ['township_staff'], regionCode: '500235001' },
  {
    username: 'yy-evaluator',
    displayName: '云阳县评估中心评估员',
    roles: ['evaluator'],
    regionCode: '500235',
    unitKey: 'yy-eval',
  },
  { username: 'yy-inspector', displayName: '云阳县执法检查人员', roles: ['inspector'], regionCode: '500235' },
  { username: 'yy-org', displayName: '云阳县示范社会组织', roles: ['org_account'], regionCode: '500235' },
  { username: 'yy-school', displayName: '云阳县教委主管社会组织', roles: ['org_account'], regionCode: '500235' },
  { username: 'qz-admin', displayName: '衢州市系统管理员', roles: ['system_admin'], regionCode: '3308' },
  ...quzhou.accounts,
  {
    username: 'qz-supervisor',
    displayName: '衢州市科技局审查员',
    roles: ['supervisor_staff'],
    regionCode: '3308',
    unitKey: 'qz-sci',
  },
  {
    username: 'qz-party',
    displayName: '衢州市综合党委工作人员',
    roles: ['party_staff'],
    regionCode: '3308',
    unitKey: 'qz-party',
  },
  {
    username: 'qz-partner',
    displayName: '衢州市公安局联络员',
    roles: ['partner_staff'],
    regionCode: '3308',
    unitKey: 'qz-police',
  },
  { username: 'qz-township', displayName: '府山街道社会事务办', roles: ['township_staff'], regionCode: '330802006' },
  {
    username: 'qz-evaluator',
    displayName: '衢州市评估中心评估员',
    roles: ['evaluator'],
    regionCode: '3308',
    unitKey: 'qz-eval',
  },
  { username: 'qz-inspector', displayName: '衢州市执法检查人员', roles: ['inspector'], regionCode: '3308' },
  ...quzhouCounties.flatMap((c) => c.accounts),
  { username: 'applicant', displayName: '演示申请人', roles: ['applicant'], regionCode: null },
];
