import { Alert, Divider, Form, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { applicationKeys, fetchApprovedPreparations, fetchRegistrationSettings } from '../api';
import { preparationWindow } from '../liveRules';

/**
 * 《社会团体登记管理条例》第十四条: where preparation is required, a social group's establishment names
 * the approved preparation it follows, and must come within 6 months of that approval.
 */
export function PreparationField({ authority }: { authority: string | undefined }) {
  const t = useT();
  const f = useFormat();
  const form = Form.useFormInstance();
  const chosen = Form.useWatch('preparationId', form) as number | undefined;
  const settings = useQuery({
    queryKey: applicationKeys.settings(authority ?? ''),
    queryFn: () => fetchRegistrationSettings(authority!),
    enabled: !!authority,
    staleTime: 300_000,
  });
  const required = !!settings.data?.preparationRequired;
  const preparations = useQuery({
    queryKey: applicationKeys.preparations,
    queryFn: fetchApprovedPreparations,
    enabled: required,
  });
  if (!required) return null;
  const list = preparations.data ?? [];
  const selected = list.find((p) => p.id === chosen);
  const term = selected?.decidedAt ? preparationWindow(selected.decidedAt, new Date()) : null;

  return (
    <>
      <Divider titlePlacement="start">{t('applications.form.section.preparation')}</Divider>
      {preparations.isSuccess && list.length === 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('applications.form.needPreparation')}
          action={<Link to="/applications/new/preparation">{t('applications.form.applyPreparation')}</Link>}
          data-testid="application-need-preparation"
        />
      )}
      <Form.Item
        name="preparationId"
        label={t('applicationField.preparationId')}
        required
        extra={
          term?.problem ? (
            <Typography.Text type="warning" data-testid="rule-preparationId">
              {term.problem}
            </Typography.Text>
          ) : term ? (
            <span data-testid="application-preparation-deadline">
              {t('applications.form.preparationDeadline', { date: f.date(term.deadline) })}
            </span>
          ) : (
            t('applications.form.preparationHelp')
          )
        }
      >
        <Select<number>
          allowClear
          loading={preparations.isPending}
          options={list.map((p) => ({
            value: p.id,
            label: t('applications.form.preparationOption', {
              name: p.orgName ?? t('applications.unnamed'),
              id: p.id,
              date: f.date(p.decidedAt),
            }),
          }))}
          data-testid="application-preparation"
        />
      </Form.Item>
    </>
  );
}
