import type { ReactNode } from 'react';
import { Descriptions, Flex, Grid, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { TOrg } from '@shezu/contracts';
import { chinaDateString } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { formatYuan } from '../../../lib/money';
import { useFormat } from '../../../lib/useFormat';
import { useCategories } from '../OrgSelects';
import { LegalRepSection } from './LegalRepSection';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };
const COLUMNS = { xs: 1, sm: 1, md: 2, xl: 3 } as const;

function Section({ title, items, testId }: { title: string; items: DescriptionsProps['items']; testId: string }) {
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Descriptions
      title={title}
      layout={phone ? 'vertical' : 'horizontal'}
      bordered
      size="small"
      column={COLUMNS}
      items={items}
      style={{ marginBottom: 24 }}
      data-testid={testId}
    />
  );
}

/** A date that may have passed: qualifications and grades lapse, and the page says so. */
function Validity({ date }: { date: string | null }) {
  const { t } = useI18n();
  const f = useFormat();
  if (!date) return <>—</>;
  const expired = date < chinaDateString(new Date());
  return (
    <Flex gap={6} align="center" wrap>
      {f.date(date)}
      {expired && <Tag color="orange">{t('orgs.expired')}</Tag>}
    </Flex>
  );
}

/** 基本信息: every register field, grouped as the registration file is. */
export function BasicInfoTab({ org }: { org: TOrg }) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const categories = useCategories(org.authorityRegionCode);
  const category = categories.data?.find((c) => c.code === org.categoryCode);
  const yesNo = (v: boolean) => t(v ? 'orgs.yes' : 'orgs.no');
  const orNone = (v: ReactNode) => (v === null || v === undefined || v === '' ? '—' : v);
  const count = (n: number | null) => (n === null ? '—' : t('orgs.people', { count: f.number(n) }));

  const registration: DescriptionsProps['items'] = [
    { key: 'name', label: t('orgField.name'), children: org.name, span: 2 },
    { key: 'uscc', label: t('orgField.uscc'), children: <span style={mono}>{org.uscc}</span> },
    { key: 'type', label: t('orgField.type'), children: t(`orgType.${org.type}`) },
    {
      key: 'category',
      label: t('orgField.categoryCode'),
      children: (
        <Flex gap={6} wrap>
          {org.categoryName}
          {category?.directRegistration && <Tag color="blue">{t('orgs.directRegistration')}</Tag>}
        </Flex>
      ),
    },
    { key: 'level', label: t('orgs.col.level'), children: t(`orgLevel.${org.level}`) },
    { key: 'authority', label: t('orgs.col.authority'), children: org.authorityName },
    {
      key: 'supervisor',
      label: t('orgField.supervisorUnitId'),
      children: org.supervisorUnitName ?? t('orgs.directRegistration'),
    },
    { key: 'region', label: t('orgField.regionCode'), children: org.regionName },
    { key: 'address', label: t('orgField.address'), children: org.address, span: 2 },
    {
      key: 'funds',
      label: t(`orgFunds.${org.type}`),
      children: formatYuan(org.registeredFundsFen, lang),
    },
    { key: 'foundedOn', label: t('orgField.foundedOn'), children: f.date(org.foundedOn) },
    {
      key: 'certificate',
      label: t('orgField.certificateValidUntil'),
      children: <Validity date={org.certificateValidUntil} />,
    },
    { key: 'contactPhone', label: t('orgField.contactPhone'), children: orNone(org.contactPhone) },
    {
      key: 'website',
      label: t('orgField.website'),
      children: org.website ? (
        <Typography.Link href={org.website} target="_blank" rel="noopener noreferrer">
          {org.website}
        </Typography.Link>
      ) : (
        '—'
      ),
    },
    { key: 'scope', label: t('orgField.businessScope'), children: org.businessScope, span: 'filled' },
  ];

  const qualifications: DescriptionsProps['items'] = [
    {
      key: 'grade',
      label: t('orgField.evaluationGrade'),
      children: org.evaluationGrade ? t(`orgGrade.${org.evaluationGrade}`) : t('orgs.notEvaluated'),
    },
    { key: 'gradeValid', label: t('orgField.gradeValidUntil'), children: <Validity date={org.gradeValidUntil} /> },
    {
      key: 'charity',
      label: t('orgField.charityRecognized'),
      children: org.charityRecognized
        ? t('orgs.charitySince', { date: f.date(org.charityRecognizedOn) })
        : t('orgs.no'),
    },
    { key: 'fundraising', label: t('orgField.publicFundraising'), children: yesNo(org.publicFundraising) },
    {
      key: 'taxDeduction',
      label: t('orgField.taxDeductionUntil'),
      children: <Validity date={org.taxDeductionUntil} />,
    },
    { key: 'taxExempt', label: t('orgField.taxExemptUntil'), children: <Validity date={org.taxExemptUntil} /> },
    {
      key: 'party',
      label: t('orgField.hasPartyOrg'),
      children: t(org.hasPartyOrg ? 'orgs.partyOrgYes' : 'orgs.partyOrgNo'),
    },
    { key: 'incubator', label: t('orgField.incubator'), children: orNone(org.incubator) },
    { key: 'brand', label: t('orgField.brand'), children: yesNo(org.brand) },
  ];

  const scale: DescriptionsProps['items'] = [
    { key: 'staff', label: t('orgField.staffCount'), children: count(org.staffCount) },
    { key: 'members', label: t('orgField.memberCount'), children: count(org.memberCount) },
    {
      key: 'unitMembers',
      label: t('orgField.unitMemberCount'),
      children: org.unitMemberCount === null ? '—' : t('orgs.units', { count: f.number(org.unitMemberCount) }),
    },
  ];

  return (
    <div data-testid="org-basic">
      <Section title={t('orgs.section.registration')} items={registration} testId="org-section-registration" />
      <LegalRepSection org={org} />
      <Section title={t('orgs.section.qualifications')} items={qualifications} testId="org-section-qualifications" />
      <Section title={t('orgs.section.scale')} items={scale} testId="org-section-scale" />
    </div>
  );
}
