import type { JobRun } from '../jobs/api';
import type { LedgerImport } from './api';

/** An import of 云阳县's register as `GET /api/ledgers/imports/:id` returns it (tests only). */
export const importFixture = (over: Partial<LedgerImport> = {}): LedgerImport => ({
  id: 21,
  kind: 'orgs',
  regionCode: '500235',
  regionName: '重庆市云阳县',
  status: 'validating',
  fileId: 41,
  fileName: '云阳县社会组织台账.xlsx',
  fileChecksum: 'ab'.repeat(32),
  sheetName: '社会组织台账',
  totalRows: null,
  validRows: null,
  errorRows: null,
  errorCount: null,
  pilotRows: null,
  warningRows: null,
  errors: [],
  warnings: [],
  overridePilotCodes: false,
  reportFileId: null,
  jobRunId: 5,
  failure: null,
  committedCount: null,
  createdBy: 2,
  createdByName: '云阳县民政局登记员',
  createdAt: '2026-03-02T01:00:00Z',
  validatedAt: null,
  committedAt: null,
  updatedAt: '2026-03-02T01:00:00Z',
  ...over,
});

export const runFixture = (over: Partial<JobRun> = {}): JobRun => ({
  id: 5,
  jobName: 'ledgers.validate',
  jobTitle: '台账校验',
  kind: 'oneoff',
  slot: '2026-03-02T01:00:00.000Z',
  status: 'running',
  payload: { importId: 21 },
  progressDone: 500,
  progressTotal: 12_000,
  result: null,
  error: null,
  requestedBy: 2,
  requestedByName: '云阳县民政局登记员',
  attempts: 1,
  maxAttempts: 2,
  cancelRequested: false,
  leaseOwner: 'w1',
  heartbeatAt: null,
  createdAt: '2026-03-02T01:00:00.000Z',
  startedAt: '2026-03-02T01:00:01.000Z',
  finishedAt: null,
  ...over,
});

/** Answers with each reply in turn, then keeps answering the last one. */
export function inTurn<T>(replies: T[]) {
  let i = 0;
  return () => replies[Math.min(i++, replies.length - 1)]!;
}
