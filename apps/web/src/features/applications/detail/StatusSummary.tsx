import { Descriptions, Flex, Grid, Tag, Typography } from 'antd';
import type { TApplicationDetail } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { ApplicationStatusTag } from '../ApplicationStatusTag';

/** Where the application stands: status, the step it waits at and until when, who decides. */
export function StatusSummary({ app }: { app: TApplicationDetail }) {
  const t = useT();
  const f = useFormat();
  const phone = Grid.useBreakpoint().md === false;
  const waiting = app.status === 'submitted' && app.step;
  const none = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <Descriptions
      layout={phone ? 'vertical' : 'horizontal'}
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
      data-testid="application-status"
      items={[
        {
          key: 'status',
          label: t('applications.col.status'),
          children: <ApplicationStatusTag status={app.status} testId="application-status-tag" />,
        },
        {
          key: 'step',
          label: t('applications.col.step'),
          children: waiting ? <span data-testid="application-step">{t(`applicationStep.${app.step!}`)}</span> : none,
        },
        {
          key: 'due',
          label: t('applications.col.due'),
          children: app.dueDate ? (
            <Flex gap={6} align="center" wrap data-testid="application-due">
              {f.date(app.dueDate)}
              {app.overdue && <Tag color="red">{t('applications.overdue')}</Tag>}
              {app.dueEstimated && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('applications.dueEstimated')}
                </Typography.Text>
              )}
            </Flex>
          ) : (
            none
          ),
        },
        { key: 'authority', label: t('applicationField.authorityRegionCode'), children: app.authorityName ?? none },
        {
          key: 'supervisor',
          label: t('applicationField.supervisorUnitId'),
          children:
            app.supervisorUnitName ??
            (app.directRegistration || (app.submissionNo > 0 && !app.supervisorUnitId)
              ? t('applicationValue.directRegistration')
              : none),
        },
        { key: 'applicant', label: t('applications.col.applicant'), children: app.applicantName },
        { key: 'submitted', label: t('applications.col.submittedAt'), children: f.dateTime(app.submittedAt) },
        { key: 'decided', label: t('applications.col.decidedAt'), children: f.dateTime(app.decidedAt) },
        {
          key: 'count',
          label: t('applications.col.submissions'),
          children: t('applications.submissionCount', { count: app.submissionNo }),
        },
      ]}
    />
  );
}
