import type { TApplicationDetail, TApplicationSummary } from '@shezu/contracts';
import { meFixture } from '../../test/render';

/** A 云阳县 application as the queue lists it. */
export const summaryFixture = (over: Partial<TApplicationSummary> = {}): TApplicationSummary => ({
  id: 11,
  kind: 'establishment',
  status: 'submitted',
  step: 'authority',
  orgId: null,
  orgName: '云阳县书法家协会',
  orgType: 'social_group',
  applicantId: 40,
  applicantName: '张明',
  authorityRegionCode: '500235',
  authorityName: '云阳县民政局',
  regionCode: '500235001',
  supervisorUnitId: 5,
  supervisorUnitName: '云阳县文化和旅游发展委员会',
  directRegistration: false,
  submissionNo: 1,
  dueDate: '2026-05-29',
  dueEstimated: false,
  overdue: false,
  submittedAt: '2026-04-20T02:00:00Z',
  decidedAt: null,
  version: 3,
  createdAt: '2026-04-19T02:00:00Z',
  updatedAt: '2026-04-30T02:00:00Z',
  ...over,
});

/** The same application as `GET /api/applications/:id` returns it. */
export const detailFixture = (over: Partial<TApplicationDetail> = {}): TApplicationDetail => ({
  ...summaryFixture(),
  data: {
    name: '云阳县书法家协会',
    type: 'social_group',
    categoryCode: 'culture',
    supervisorUnitId: 5,
    authorityRegionCode: '500235',
    regionCode: '500235001',
    address: '重庆市云阳县双江街道滨江路1号',
    legalRepName: '张明',
    legalRepIdNumber: '500***********123X',
    legalRepPhone: '138****0000',
    businessScope: '书法交流、培训、展览',
    registeredFundsFen: 3000000,
    memberCount: 60,
    unitMemberCount: null,
    publicFundraising: false,
    contactPhone: null,
    website: null,
  },
  attachments: [
    { fileId: 301, role: 'charter', name: '章程.pdf', mime: 'application/pdf', size: 52_300 },
    { fileId: 302, role: 'member_list', name: '会员名册.xlsx', mime: 'application/vnd.ms-excel', size: 18_000 },
  ],
  history: [
    {
      id: 1,
      action: 'created',
      status: 'draft',
      step: null,
      comment: null,
      actorName: '张明',
      submissionNo: 0,
      at: '2026-04-19T02:00:00Z',
    },
    {
      id: 2,
      action: 'submitted',
      status: 'submitted',
      step: 'supervisor',
      comment: null,
      actorName: '张明',
      submissionNo: 1,
      at: '2026-04-20T02:00:00Z',
    },
    {
      id: 3,
      action: 'supervisor_approved',
      status: 'submitted',
      step: 'authority',
      comment: '同意成立',
      actorName: '云阳县文旅委审查员',
      submissionNo: 1,
      at: '2026-04-30T02:00:00Z',
    },
  ],
  versions: [{ no: 1, submittedAt: '2026-04-20T02:00:00Z', submittedByName: '张明', attachments: [], changes: [] }],
  allowedActions: ['approve', 'reject', 'return'],
  decisionReason: null,
  establishmentDeadline: null,
  certificateDocumentId: null,
  ...over,
});

const STAFF = ['account.self', 'todos.read', 'units.read', 'calendar.read', 'orgs.read', 'applications.read'] as const;

/** 云阳县民政局's registration clerk: decides what is submitted to the county bureau. */
export const clerk = meFixture({
  roles: ['authority_staff'],
  permissions: [...STAFF, 'applications.decide', 'documents.read', 'orgs.manage'],
});

/** A user of the supervising unit: reviews what is assigned to the unit. */
export const supervisor = meFixture({
  id: 7,
  username: 'yy-culture',
  displayName: '云阳县文旅委审查员',
  roles: ['supervisor_staff'],
  permissions: [...STAFF, 'applications.review'],
  unitId: 5,
  unitName: '云阳县文化和旅游发展委员会',
});

// 2026: 劳动节 1–5 May off, Sunday 26 April and Saturday 9 May worked.
export const holidays2026 = [
  { date: '2026-04-26', kind: 'workday', name: '劳动节调休' },
  ...['01', '02', '03', '04', '05'].map((d) => ({ date: `2026-05-${d}`, kind: 'holiday', name: '劳动节' })),
  { date: '2026-05-09', kind: 'workday', name: '劳动节调休' },
];
