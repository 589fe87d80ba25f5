import type {
  RegisteredOrgType,
  TCreditScheme,
  TCreditScore,
  TScoreDistribution,
  TScoreSchemeDefinition,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';

export const scoreKeys = {
  score: (orgId: number) => ['credit-scores', orgId] as const,
  distribution: (region: string | undefined, orgType: string | undefined) =>
    ['credit-scores', 'distribution', region ?? '', orgType ?? ''] as const,
  scheme: ['credit-score-scheme'] as const,
};

export const fetchScore = (orgId: number) =>
  unwrap(api.GET('/api/credit-scores/{orgId}', { params: { path: { orgId } } })) as Promise<TCreditScore>;

export const fetchDistribution = (region?: string, orgType?: RegisteredOrgType) =>
  unwrap(
    api.GET('/api/credit-scores/distribution', { params: { query: { region, orgType } } }),
  ) as Promise<TScoreDistribution>;

export const fetchScheme = () => unwrap(api.GET('/api/credit-score-schemes')) as Promise<TCreditScheme>;

export const saveScheme = (body: { definition: TScoreSchemeDefinition; note?: string; baseVersion: number }) =>
  unwrap(api.PUT('/api/credit-score-schemes', { body })) as Promise<TCreditScheme>;
