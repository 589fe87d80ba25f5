import type {
  TInspector,
  TInspectorInput,
  TSpotCheck,
  TSpotCheckConclude,
  TSpotCheckPlan,
  TSpotCheckPlanInput,
  TSpotCheckVerify,
} from '@shezu/contracts';
import type { z } from 'zod';
import type { ZPublicSpotCheckResult } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import { downloadFrom, openFrom } from '../../lib/download';
import type { Page } from '../../lib/useKeysetQuery';

const PAGE_SIZE = 30;
export type TPublicSpotCheckResult = z.infer<typeof ZPublicSpotCheckResult>;

export const spotKeys = {
  all: ['spot-checks'] as const,
  plans: () => ['spot-checks', 'plans'] as const,
  plan: (id: number) => ['spot-checks', 'plan', id] as const,
  checks: (planId: number) => ['spot-checks', 'checks', planId] as const,
  check: (id: number) => ['spot-checks', 'check', id] as const,
  inspectors: () => ['spot-checks', 'inspectors'] as const,
  assigned: () => ['spot-checks', 'assigned'] as const,
  public: () => ['spot-checks', 'public'] as const,
};

export const fetchPlans = (cursor?: string) =>
  unwrap(api.GET('/api/spot-check-plans', { params: { query: { cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TSpotCheckPlan>
  >;
export const fetchPlan = (id: number) =>
  unwrap(api.GET('/api/spot-check-plans/{id}', { params: { path: { id } } })) as Promise<TSpotCheckPlan>;
export const createPlan = (body: TSpotCheckPlanInput) =>
  unwrap(api.POST('/api/spot-check-plans', { body: body as never })) as Promise<TSpotCheckPlan>;
export const drawPlan = (id: number) =>
  unwrap(api.POST('/api/spot-check-plans/{id}/draw', { params: { path: { id } } })) as Promise<TSpotCheckPlan>;
export const verifyPlan = (id: number) =>
  unwrap(api.GET('/api/spot-check-plans/{id}/verify', { params: { path: { id } } })) as Promise<TSpotCheckVerify>;
export const downloadSnapshot = (id: number) =>
  downloadFrom(
    api.GET('/api/spot-check-plans/{id}/snapshot', { params: { path: { id } }, parseAs: 'blob' }),
    `spot-check-plan-${id}-snapshot.txt`,
  );

export const fetchChecks = (planId: number, cursor?: string) =>
  unwrap(api.GET('/api/spot-checks', { params: { query: { planId, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TSpotCheck>
  >;
export const fetchAssigned = (cursor?: string) =>
  unwrap(api.GET('/api/spot-checks/assigned', { params: { query: { cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TSpotCheck>
  >;
export const fetchCheck = (id: number) =>
  unwrap(api.GET('/api/spot-checks/{id}', { params: { path: { id } } })) as Promise<TSpotCheck>;
export const issueNotice = (id: number) =>
  unwrap(api.POST('/api/spot-checks/{id}/notice', { params: { path: { id } } })) as Promise<TSpotCheck>;
export const concludeCheck = (id: number, body: TSpotCheckConclude, asInspector: boolean) =>
  (asInspector
    ? unwrap(api.POST('/api/spot-checks/{id}/inspector-results', { params: { path: { id } }, body: body as never }))
    : unwrap(
        api.POST('/api/spot-checks/{id}/results', { params: { path: { id } }, body: body as never }),
      )) as Promise<TSpotCheck>;

export const fetchInspectors = () => unwrap(api.GET('/api/inspectors')) as Promise<TInspector[]>;
export const createInspector = (body: TInspectorInput) =>
  unwrap(api.POST('/api/inspectors', { body: body as never })) as Promise<TInspector>;

export const fetchPublicResults = (cursor?: string) =>
  unwrap(api.GET('/api/public/spot-check-results', { params: { query: { cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TPublicSpotCheckResult>
  >;

/** The 抽查通知书 as PDF in a new tab. */
export const openNotice = (documentId: number) =>
  openFrom(() => api.GET('/api/documents/{id}/pdf', { params: { path: { id: documentId } }, parseAs: 'blob' }));
