import { App, Alert, Button, Card, Empty, Flex, Form, Input, List, Skeleton, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader';
import { can, useMe } from '../../app/session';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { createInspector, fetchInspectors, spotKeys } from './api';

interface Values {
  name: string;
  unitName: string;
  conflicts: string;
}

/** `/inspectors`: the bureau's inspector pool with units and declared conflicts (回避). */
export default function InspectorsPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const list = useQuery({ queryKey: spotKeys.inspectors(), queryFn: fetchInspectors });
  const save = useMutation({
    mutationFn: (v: Values) =>
      createInspector({
        name: v.name.trim(),
        unitName: v.unitName.trim(),
        regionCode: me.regionCode ?? '',
        conflictOrgIds: (v.conflicts ?? '')
          .split(/[,，\s]+/)
          .filter(Boolean)
          .map(Number)
          .filter((n) => Number.isInteger(n) && n > 0),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: spotKeys.inspectors() });
      form.resetFields();
      message.success(t('common.saved'));
    },
    onError: (err) => handleError(err, { form }),
  });
  const required = { required: true, whitespace: true, message: t('spotChecks.required') };
  return (
    <>
      <PageHeader title={t('spotChecks.inspectors.title')} subtitle={t('spotChecks.inspectors.subtitle')} />
      {can(me, 'supervision.manage') && (
        <Card title={t('spotChecks.inspectors.new')} style={{ marginBottom: 12 }}>
          <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
            <Form.Item name="name" label={t('spotChecks.inspectors.name')} rules={[required]}>
              <Input maxLength={50} data-testid="inspector-name" />
            </Form.Item>
            <Form.Item name="unitName" label={t('spotChecks.inspectors.unitName')} rules={[required]}>
              <Input maxLength={100} data-testid="inspector-unit" />
            </Form.Item>
            <Form.Item name="conflicts" label={t('spotChecks.inspectors.conflicts')}>
              <Input />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="inspector-submit">
              {t('common.save')}
            </Button>
          </Form>
        </Card>
      )}
      <Card>
        {list.isError && <Alert type="error" showIcon title={errorText(list.error, lang, t)} />}
        {list.isPending ? (
          <Skeleton active />
        ) : !list.data?.length ? (
          <Empty description={t('spotChecks.inspectors.empty')} />
        ) : (
          <List
            data-testid="inspectors-list"
            dataSource={list.data}
            renderItem={(i) => (
              <List.Item>
                <Flex vertical gap={2}>
                  <Flex gap={8} wrap>
                    <Typography.Text strong>{i.name}</Typography.Text>
                    {i.active && <Tag color="green">{t('spotChecks.inspectors.active')}</Tag>}
                  </Flex>
                  <Typography.Text type="secondary">
                    {i.unitName}
                    {i.conflictOrgIds.length > 0 &&
                      ` · ${t('spotChecks.inspectors.conflicts')}：${i.conflictOrgIds.join('、')}`}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
