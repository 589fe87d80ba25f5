import {
  checkReport,
  defaultIndicatorSet,
  sampleReportContext,
  sampleReportValues,
  type ReportValues,
  type TAnnualReportDetail,
  type TAnnualReportSummary,
  type TMe,
  type TPublicInspectionResult,
} from '@shezu/contracts';
import { meFixture } from '../../test/render';

/** The account of 云阳县建筑业协会, which fills in its own annual report. */
export const orgAccountMe = (over: Partial<TMe> = {}): TMe =>
  meFixture({
    id: 41,
    username: '51500235MJB000018U',
    displayName: '云阳县建筑业协会',
    roles: ['org_account'],
    permissions: ['account.self', 'annual.read', 'annual.fill', 'orgs.read', 'notifications.read', 'todos.read'],
    regionCode: '500235',
    unitId: null,
    unitName: null,
    orgId: 7,
    ...over,
  });

export const summaryFixture = (over: Partial<TAnnualReportSummary> = {}): TAnnualReportSummary => ({
  id: 31,
  cycleId: 3,
  year: 2025,
  orgId: 7,
  orgName: '云阳县建筑业协会',
  uscc: '51500235MJB000018U',
  orgType: 'social_group',
  regionCode: '500235',
  authorityRegionCode: '500235',
  supervisorUnitId: null,
  supervisorUnitName: null,
  partyUnitId: null,
  form: 'full',
  status: 'draft',
  step: null,
  dueDate: '2026-05-31',
  submittedAt: null,
  late: false,
  overdue: false,
  riskScore: 0,
  errorCount: 0,
  riskCount: 0,
  conclusion: null,
  version: 4,
  updatedAt: '2026-03-02T02:00:00Z',
  ...over,
});

/** A social group's 2025 report on the default indicator set; `values` default to the clean sample. */
export function detailFixture(over: Partial<TAnnualReportDetail> = {}): TAnnualReportDetail {
  const definition = defaultIndicatorSet(2025);
  const ctx = sampleReportContext('social_group');
  const values = (over.values as ReportValues | undefined) ?? sampleReportValues('social_group');
  return {
    ...summaryFixture(),
    partyUnitName: null,
    authorityName: '云阳县民政局',
    submissionNo: 0,
    values,
    previousValues: null,
    register: {
      name: '云阳县建筑业协会',
      uscc: '51500235MJB000018U',
      legal_representative: '林明伟',
      address: '重庆市云阳县龙洞镇沿江路66号',
      business_scope: '行业自律、行业调研、业务培训',
      supervisor: null,
      registered_funds: 3_000_000,
      founded_on: '2015-04-20',
      individual_members: null,
      unit_members: 76,
      staff_count: 5,
      website: null,
      region_name: '重庆市云阳县',
    },
    savedSections: {},
    indicatorSet: { id: 1, year: 2025, version: 1 },
    definition,
    context: { year: ctx.year, form: ctx.form, org: ctx.org },
    check: checkReport(definition, values, ctx),
    conclusionReasons: null,
    rectifications: [],
    concludedAt: null,
    hasConclusionNotice: false,
    history: [],
    versions: [],
    can: { fill: true, submit: true, review: false, conclude: false },
    ...over,
  };
}

export const savedFixture = (version = 5) => ({
  version,
  savedAt: '2026-03-02T06:30:15Z',
  status: 'draft' as const,
  check: { missing: [], errors: [], warnings: [], risks: [], riskScore: 0 },
});

export const publicResultFixture = (over: Partial<TPublicInspectionResult> = {}): TPublicInspectionResult => ({
  reportId: 31,
  year: 2025,
  orgId: 7,
  orgName: '云阳县建筑业协会',
  uscc: '51500235MJB000018U',
  authorityName: '云阳县民政局',
  conclusion: 'pass',
  concludedOn: '2026-06-10',
  publicPart: [
    {
      code: 'basic_name',
      labelZh: '组织名称',
      labelEn: 'Name',
      type: 'text',
      value: '云阳县建筑业协会',
      text: '云阳县建筑业协会',
    },
    {
      code: 'party_org_form',
      labelZh: '党组织建立形式',
      labelEn: 'Party organization',
      type: 'choice',
      value: 'branch',
      text: '党支部',
    },
    {
      code: 'bs_total_assets_end',
      labelZh: '资产总计（期末）',
      labelEn: 'Total assets (end)',
      type: 'money',
      value: 500_000_000,
      text: '5,000,000.00 元',
    },
  ],
  ...over,
});
