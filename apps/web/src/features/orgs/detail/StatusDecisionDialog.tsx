import { Alert, App, Flex, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TOrg } from '@shezu/contracts';
import { useApiErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { decideOrgStatus, orgKeys } from '../api';
import { OrgDatePicker } from '../form/OrgFormFields';
import { OrgStatusTag } from '../OrgStatusTag';

export type StatusAction = 'revoke' | 'withdraw';

interface Values {
  basis: string;
  decisionRef: string;
  date: Dayjs;
}

/**
 * 撤销登记 / 吊销登记证书: the legal ground, the decision's number and its date, confirmed once more
 * before it is sent (it removes the organization from the register and is announced publicly).
 */
export function StatusDecisionDialog({
  org,
  action,
  onClose,
}: {
  org: TOrg;
  action: StatusAction;
  onClose: () => void;
}) {
  const t = useT();
  const f = useFormat();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const title = t(action === 'revoke' ? 'orgs.revoke' : 'orgs.withdraw');

  const decide = useMutation({
    mutationFn: (v: Values) =>
      decideOrgStatus(org.id, action, {
        basis: v.basis.trim(),
        decisionRef: v.decisionRef.trim(),
        date: v.date.format('YYYY-MM-DD'),
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(orgKeys.detail(org.id), updated);
      void queryClient.invalidateQueries({ queryKey: orgKeys.events(org.id) });
      void queryClient.invalidateQueries({ queryKey: ['orgs', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['orgs', 'count'] });
      onClose();
      modal.success({
        title: t('orgs.decision.done', { action: title }),
        okText: t('common.close'),
        content: (
          <Flex vertical gap={8} data-testid="org-decision-result">
            <Typography.Text strong>{updated.name}</Typography.Text>
            <Flex gap={8} align="center">
              {t('orgs.decision.newStatus')}
              <OrgStatusTag status={updated.status} />
            </Flex>
            <Typography.Text type="secondary">
              {t('orgs.decision.effective', { date: f.date(updated.statusDate) })}
            </Typography.Text>
          </Flex>
        ),
      });
    },
    onError: (err) => {
      handleError(err, { form });
      void queryClient.invalidateQueries({ queryKey: orgKeys.detail(org.id) });
    },
  });

  const confirm = (v: Values) =>
    modal.confirm({
      title: t('orgs.decision.confirmTitle', { action: title }),
      content: t('orgs.decision.confirm', { name: org.name, action: title }),
      okText: title,
      okButtonProps: { danger: true, 'data-testid': 'org-decision-confirm' },
      cancelText: t('common.cancel'),
      onOk: () => decide.mutateAsync(v).catch(() => undefined),
    });

  return (
    <Modal
      open
      title={t('orgs.decision.title', { action: title, name: org.name })}
      okText={title}
      okButtonProps={{ danger: true, 'data-testid': 'org-decision-submit' }}
      cancelText={t('common.cancel')}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="org-decision-dialog"
    >
      <Alert
        type="warning"
        showIcon
        title={t('orgs.decision.warning', { action: title })}
        style={{ marginBottom: 16 }}
      />
      <Form<Values> form={form} layout="vertical" initialValues={{ date: dayjs() }} onFinish={confirm}>
        <Form.Item
          name="basis"
          label={t('orgs.decision.basis')}
          extra={t(action === 'revoke' ? 'orgs.decision.basisHelpRevoke' : 'orgs.decision.basisHelpWithdraw')}
          rules={[
            { required: true, whitespace: true, message: t('orgs.decision.basisRequired') },
            { min: 4, max: 300, message: t('orgs.decision.basisRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={300} data-testid="org-decision-basis" />
        </Form.Item>
        <Form.Item
          name="decisionRef"
          label={t('orgs.decision.ref')}
          extra={t('orgs.decision.refHelp')}
          rules={[
            { required: true, whitespace: true, message: t('orgs.decision.refRequired') },
            { min: 2, max: 100, message: t('orgs.decision.refRequired') },
          ]}
        >
          <Input maxLength={100} data-testid="org-decision-ref" />
        </Form.Item>
        <Form.Item name="date" label={t('orgs.decision.date')} rules={[{ required: true }]}>
          <OrgDatePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
