import { DEFAULT_SCORE_SCHEME, type TCreditScheme, type TCreditScore, type TScoreDistribution } from '@shezu/contracts';

export const scoreFixture = (over: Partial<TCreditScore> = {}): TCreditScore => ({
  orgId: 7,
  orgName: '云阳县建筑业协会',
  score: 784,
  level: 'C',
  band: '700–799分',
  breakdown: DEFAULT_SCORE_SCHEME.indicators.map((i) => ({
    code: i.code,
    label: i.label,
    maxPoints: i.maxPoints,
    points:
      i.code === 'penalties'
        ? 120
        : i.code === 'lists'
          ? 72
          : i.code === 'evaluation'
            ? 50
            : i.code === 'party'
              ? 42
              : i.maxPoints,
    facts:
      i.code === 'activities'
        ? ['暂无数据']
        : i.code === 'penalties'
          ? ['2026-02-20受到行政处罚：警告（云民罚〔2026〕3号）']
          : [`${i.label}事实`],
    noData: i.code === 'activities',
  })),
  schemeVersion: 1,
  computedOn: '2026-03-02',
  history: [
    { score: 784, level: 'C', computedOn: '2026-03-02', cause: 'event:penalty_decided', causeLabel: '行政处罚决定' },
    { score: 922, level: 'A', computedOn: '2026-03-01', cause: 'nightly', causeLabel: '每日重算' },
  ],
  ...over,
});

export const schemeFixture = (over: Partial<TCreditScheme> = {}): TCreditScheme => ({
  id: 1,
  version: 1,
  definition: DEFAULT_SCORE_SCHEME,
  note: '默认评分方案',
  createdByName: 'system',
  createdAt: '2026-03-01T00:00:00.000Z',
  ...over,
});

const counts = (a: number, b: number, c: number, d: number, e: number) => ({ A: a, B: b, C: c, D: d, E: e });
export const distributionFixture = (): TScoreDistribution => ({
  regionCode: '500235',
  regionName: '重庆市云阳县',
  total: { ...counts(60, 30, 8, 2, 0), all: 100 },
  byRegion: [
    { regionCode: '500235001', regionName: '双江街道', counts: counts(40, 10, 0, 0, 0), all: 50 },
    { regionCode: '500235002', regionName: '青龙街道', counts: counts(20, 20, 8, 2, 0), all: 50 },
  ],
  byType: [
    { orgType: 'foundation', counts: counts(10, 0, 0, 0, 0), all: 10 },
    { orgType: 'social_group', counts: counts(50, 30, 8, 2, 0), all: 90 },
  ],
});
