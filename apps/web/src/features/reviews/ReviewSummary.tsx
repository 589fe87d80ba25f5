import { Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import type { TApplicationDetail } from '@shezu/contracts';
import { useCan } from '../../app/session';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { ApplicationStatusTag } from '../applications/ApplicationStatusTag';
import { DueCell } from './DueCell';
import { useDueState } from './useDueState';

/** Who applies for what, where it stands and by when the current step must be done. */
export function ReviewSummary({ application: a }: { application: TApplicationDetail }) {
  const t = useT();
  const f = useFormat();
  const canReadOrgs = useCan('orgs.read');
  const dueOf = useDueState([a.dueDate]);
  const items = [
    { key: 'kind', label: t('reviews.col.kind'), children: t(`applicationKind.${a.kind}`) },
    {
      key: 'status',
      label: t('reviews.col.stage'),
      children: (
        <>
          <ApplicationStatusTag status={a.status} testId="review-status" />{' '}
          {a.step && <Typography.Text type="secondary">{t(`applicationStep.${a.step}`)}</Typography.Text>}
        </>
      ),
    },
    { key: 'applicant', label: t('reviews.field.applicant'), children: a.applicantName },
    {
      key: 'org',
      label: t('reviews.field.org'),
      children:
        a.orgId && canReadOrgs ? (
          <Link to={`/orgs/${a.orgId}`} data-testid="review-org-link">
            {a.orgName}
          </Link>
        ) : (
          (a.orgName ?? t('reviews.unnamed'))
        ),
    },
    a.orgType && { key: 'orgType', label: t('reviews.field.orgType'), children: t(`orgType.${a.orgType}`) },
    { key: 'authority', label: t('reviews.field.authority'), children: a.authorityName ?? '—' },
    {
      key: 'supervisor',
      label: t('reviews.field.supervisor'),
      children: a.supervisorUnitName ?? (a.directRegistration ? t('reviews.field.direct') : '—'),
    },
    { key: 'submission', label: t('reviews.field.submission'), children: f.number(a.submissionNo) },
    { key: 'submittedAt', label: t('reviews.field.submittedAt'), children: f.dateTime(a.submittedAt) },
    a.dueDate && {
      key: 'due',
      label: t('reviews.field.due'),
      children: <DueCell id={a.id} dueDate={a.dueDate} state={dueOf(a)} estimated={a.dueEstimated} />,
    },
    a.decidedAt && { key: 'decidedAt', label: t('reviews.field.decidedAt'), children: f.dateTime(a.decidedAt) },
    a.establishmentDeadline && {
      key: 'deadline',
      label: t('reviews.field.establishmentDeadline'),
      children: f.date(a.establishmentDeadline),
    },
  ].filter((i) => !!i);
  return <Descriptions column={1} size="small" items={items} data-testid="review-summary" />;
}
