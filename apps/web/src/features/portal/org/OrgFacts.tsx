import { Descriptions, Flex, Grid, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { chinaDateString } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { formatYuan } from '../../../lib/money';
import { useFormat } from '../../../lib/useFormat';
import { OrgStatusTag } from '../../orgs/OrgStatusTag';
import type { PublicOrg } from '../api';
import { mono } from '../search/OrgResultCard';

/** Only web addresses become links: a stored value must not run script when clicked. */
const SAFE_URL = /^https?:\/\//i;
const isPast = (date: string | null) => !!date && date < chinaDateString(new Date());

/** A date something is valid until; once passed the page says so, since qualifications and grades lapse. */
export function Validity({ date, testId }: { date: string | null; testId?: string }) {
  const { t } = useI18n();
  const f = useFormat();
  if (!date) return <>—</>;
  return (
    <Flex gap={6} align="center" wrap component="span" data-testid={testId} data-expired={isPast(date)}>
      {t('portal.validUntil', { date: f.date(date) })}
      {isPast(date) && <Tag color="orange">{t('portal.expired')}</Tag>}
    </Flex>
  );
}

/** 评估等级 with its validity, or 未评估. */
export function GradeValue({ org }: { org: PublicOrg }) {
  const { t } = useI18n();
  if (!org.evaluationGrade) return <Typography.Text type="secondary">{t('portal.org.notEvaluated')}</Typography.Text>;
  return (
    <Flex gap={8} align="center" wrap data-testid="portal-org-grade">
      <Tag color={isPast(org.gradeValidUntil) ? undefined : 'gold'} style={{ marginInlineEnd: 0, fontWeight: 600 }}>
        {t(`orgGrade.${org.evaluationGrade}`)}
      </Tag>
      <Validity date={org.gradeValidUntil} testId="portal-org-grade-validity" />
    </Flex>
  );
}

function Section({ title, items, testId }: { title: string; items: DescriptionsProps['items']; testId: string }) {
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Descriptions
      title={title}
      layout={phone ? 'vertical' : 'horizontal'}
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={items}
      style={{ marginBottom: 16 }}
      data-testid={testId}
    />
  );
}

/** Every public field of the register, grouped as the registration certificate and the qualifications are. */
export function OrgFacts({ org }: { org: PublicOrg }) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const yesNo = (v: boolean) => t(v ? 'portal.yes' : 'portal.no');
  const registration: DescriptionsProps['items'] = [
    { key: 'name', label: t('orgField.name'), children: org.name, span: 'filled' },
    {
      key: 'uscc',
      label: t('orgField.uscc'),
      children: <span style={{ ...mono, whiteSpace: 'nowrap' }}>{org.uscc}</span>,
    },
    {
      key: 'status',
      label: t('orgField.status'),
      children: (
        <Flex gap={6} align="center" wrap>
          <OrgStatusTag status={org.status} testId="portal-org-status-field" />
          {org.status !== 'registered' && org.statusDate && f.date(org.statusDate)}
        </Flex>
      ),
    },
    { key: 'type', label: t('orgField.type'), children: t(`orgType.${org.type}`) },
    { key: 'level', label: t('portal.org.level'), children: t(`orgLevel.${org.level}`) },
    { key: 'category', label: t('orgField.categoryCode'), children: org.categoryName },
    { key: 'authority', label: t('portal.org.authority'), children: org.authorityName },
    {
      key: 'supervisor',
      label: t('orgField.supervisorUnitId'),
      children: org.supervisorUnitName ?? t('portal.org.directRegistration'),
    },
    { key: 'legalRep', label: t('orgField.legalRepName'), children: org.legalRepName },
    { key: 'funds', label: t(`orgFunds.${org.type}`), children: formatYuan(org.registeredFundsFen, lang) },
    { key: 'foundedOn', label: t('orgField.foundedOn'), children: f.date(org.foundedOn) },
    {
      key: 'certificate',
      label: t('portal.org.certificate'),
      children: <Validity date={org.certificateValidUntil} />,
    },
    { key: 'region', label: t('orgField.regionCode'), children: org.regionName },
    { key: 'address', label: t('orgField.address'), children: org.address, span: 'filled' },
    {
      key: 'website',
      label: t('orgField.website'),
      children:
        org.website && SAFE_URL.test(org.website) ? (
          <Typography.Link href={org.website} target="_blank" rel="noopener noreferrer nofollow">
            {org.website}
          </Typography.Link>
        ) : (
          (org.website ?? '—')
        ),
      span: 'filled',
    },
    {
      key: 'scope',
      label: t('orgField.businessScope'),
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{org.businessScope}</span>,
      span: 'filled',
    },
  ];
  const qualifications: DescriptionsProps['items'] = [
    { key: 'grade', label: t('orgField.evaluationGrade'), children: <GradeValue org={org} />, span: 'filled' },
    {
      key: 'charity',
      label: t('orgField.charityRecognized'),
      children: org.charityRecognized
        ? t('portal.org.charitySince', { date: f.date(org.charityRecognizedOn) })
        : t('portal.no'),
    },
    { key: 'fundraising', label: t('orgField.publicFundraising'), children: yesNo(org.publicFundraising) },
    { key: 'taxDeduction', label: t('portal.org.taxDeduction'), children: <Validity date={org.taxDeductionUntil} /> },
    { key: 'taxExempt', label: t('portal.org.taxExempt'), children: <Validity date={org.taxExemptUntil} /> },
    {
      key: 'party',
      label: t('orgField.hasPartyOrg'),
      children: t(org.hasPartyOrg ? 'portal.org.partyYes' : 'portal.org.partyNo'),
    },
  ];
  return (
    <div data-testid="portal-org-facts">
      <Section title={t('portal.org.registration')} items={registration} testId="portal-org-registration" />
      <Section title={t('portal.org.qualifications')} items={qualifications} testId="portal-org-qualifications" />
    </div>
  );
}
