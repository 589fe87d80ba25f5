import type { TApplicationDetail, TApplicationSummary, TMe } from '@shezu/contracts';
import { meFixture } from '../../test/render';

/** A founder signed up in 云阳县 (role applicant). */
export const applicantMe = (over: Partial<TMe> = {}): TMe =>
  meFixture({
    id: 40,
    username: 'applicant',
    displayName: '张伟',
    roles: ['applicant'],
    permissions: [
      'account.self',
      'todos.read',
      'regions.read',
      'files.upload',
      'files.read',
      'applications.read',
      'applications.apply',
    ],
    regionCode: '500235',
    regionName: '重庆市云阳县',
    unitId: null,
    unitName: null,
    orgId: null,
    ...over,
  });

/** The account of 云阳县建筑业协会 (role org_account). */
export const orgMe = (over: Partial<TMe> = {}): TMe =>
  applicantMe({
    id: 41,
    username: 'yy-org',
    displayName: '云阳县建筑业协会',
    roles: ['org_account'],
    permissions: [...applicantMe().permissions, 'orgs.read', 'documents.read', 'notifications.receive'],
    orgId: 7,
    ...over,
  });

export const summaryFixture = (over: Partial<TApplicationSummary> = {}): TApplicationSummary => ({
  id: 12,
  kind: 'establishment',
  status: 'draft',
  step: null,
  orgId: null,
  orgName: '云阳县摄影家协会',
  orgType: 'social_group',
  applicantId: 40,
  applicantName: '张伟',
  authorityRegionCode: null,
  authorityName: null,
  regionCode: null,
  supervisorUnitId: null,
  supervisorUnitName: null,
  directRegistration: null,
  submissionNo: 0,
  dueDate: null,
  dueEstimated: false,
  overdue: false,
  submittedAt: null,
  decidedAt: null,
  version: 1,
  createdAt: '2026-03-02T01:00:00Z',
  updatedAt: '2026-03-02T01:00:00Z',
  ...over,
});

export const detailFixture = (over: Partial<TApplicationDetail> = {}): TApplicationDetail => ({
  ...summaryFixture(),
  data: {
    authorityRegionCode: '500235',
    name: '云阳县摄影家协会',
    type: 'social_group',
    categoryCode: 'culture',
    supervisorUnitId: 3,
    regionCode: '500235',
    address: '重庆市云阳县双江街道滨江大道88号',
    legalRepName: '林明伟',
    legalRepIdNumber: '500***********999X',
    businessScope: '摄影交流、培训',
    registeredFundsFen: 3_000_050,
    memberCount: 60,
    unitMemberCount: null,
    publicFundraising: false,
  },
  attachments: [],
  history: [
    {
      id: 1,
      action: 'created',
      status: 'draft',
      step: null,
      comment: null,
      actorName: '张伟(applicant)',
      submissionNo: 0,
      at: '2026-03-02T01:00:00Z',
    },
  ],
  versions: [],
  allowedActions: ['edit', 'submit', 'withdraw'],
  decisionReason: null,
  establishmentDeadline: null,
  certificateDocumentId: null,
  ...over,
});
