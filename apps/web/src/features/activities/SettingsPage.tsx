import { useEffect } from 'react';
import { Alert, App, Button, Card, Checkbox, Flex, Form, InputNumber, Skeleton, Switch, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  type TActivitySettings,
  type TActivitySettingsInput,
} from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { activityKeys, fetchSettings, saveSettings } from './api';

type KindRow = { on: boolean; days: number | null };
interface Values {
  kinds: Record<ActivityKind, KindRow>;
  reviewBeforePublish: boolean;
  majorMatterDays: number;
}

export const toValues = (s: TActivitySettings): Values => ({
  kinds: Object.fromEntries(
    ACTIVITY_KINDS.map((k) => [k, { on: s.approvalKinds[k] !== undefined, days: s.approvalKinds[k] ?? 30 }]),
  ) as Record<ActivityKind, KindRow>,
  reviewBeforePublish: s.reviewBeforePublish,
  majorMatterDays: s.majorMatterDays,
});

export const toSettings = (v: Values, base: TActivitySettings): TActivitySettingsInput => ({
  version: base.version,
  approvalKinds: Object.fromEntries(
    ACTIVITY_KINDS.filter((k) => v.kinds[k]?.on).map((k) => [k, v.kinds[k].days ?? 30]),
  ) as TActivitySettingsInput['approvalKinds'],
  reviewBeforePublish: v.reviewBeforePublish,
  majorMatterDays: v.majorMatterDays,
});

/** `/activity-settings` (本级): which kinds need approval and how many days ahead, 先审后发, major-matter days. */
export default function SettingsPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const onError = useApiErrorHandler();
  const query = useQuery({ queryKey: activityKeys.settings, queryFn: fetchSettings });
  useEffect(() => {
    if (query.data) form.setFieldsValue(toValues(query.data));
  }, [query.data, form]);
  const save = useMutation({
    mutationFn: (v: Values) => saveSettings(toSettings(v, query.data!)),
    onSuccess: (saved) => {
      queryClient.setQueryData(activityKeys.settings, saved);
      message.success(t('act.settings.saved'));
    },
    // A 409 (someone saved first) offers to reload the current settings.
    onError: (err) => onError(err, { form, onStale: () => void query.refetch() }),
  });
  const kinds = Form.useWatch('kinds', form);

  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t('act.settings.title')} subtitle={t('act.settings.subtitle')} />
      {query.isError && <Alert type="error" showIcon title={errorText(query.error, lang, t)} />}
      {query.isPending ? (
        <Skeleton active />
      ) : (
        <Card size="small">
          <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
            <Typography.Text strong>{t('act.settings.approvalKinds')}</Typography.Text>
            <Flex vertical gap={4} style={{ margin: '8px 0 16px' }} data-testid="act-settings-kinds">
              {ACTIVITY_KINDS.map((k) => (
                <Flex key={k} gap={12} align="center" wrap>
                  <Form.Item name={['kinds', k, 'on']} valuePropName="checked" noStyle>
                    <Checkbox style={{ width: 200 }} data-testid={`act-settings-kind-${k}`}>
                      {t(`act.kind.${k}`)}
                    </Checkbox>
                  </Form.Item>
                  <Form.Item name={['kinds', k, 'days']} noStyle>
                    <InputNumber
                      min={1}
                      max={180}
                      precision={0}
                      disabled={!kinds?.[k]?.on}
                      addonAfter={t('act.settings.daysAhead')}
                      data-testid={`act-settings-days-${k}`}
                    />
                  </Form.Item>
                </Flex>
              ))}
            </Flex>
            <Form.Item name="reviewBeforePublish" label={t('act.settings.review')} valuePropName="checked">
              <Switch data-testid="act-settings-review" />
            </Form.Item>
            <Form.Item name="majorMatterDays" label={t('act.settings.majorDays')}>
              <InputNumber min={1} max={60} precision={0} data-testid="act-settings-major-days" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="act-settings-save">
              {t('act.form.save')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
