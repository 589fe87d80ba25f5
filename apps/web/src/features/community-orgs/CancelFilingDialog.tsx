import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCommunityOrg } from '@shezu/contracts';
import { useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { cancelCommunityOrg, communityOrgKeys } from './api';

interface Values {
  reason: string;
  cancelledOn: Dayjs | null;
}

/** 注销备案: the reason is required and kept with the record, which stays in the list as cancelled. */
export function CancelFilingDialog({ org, open, onClose }: { org: TCommunityOrg; open: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const filed = dayjs(org.filedOn);

  const cancel = useMutation({
    mutationFn: (v: Values) =>
      cancelCommunityOrg(org.id, {
        reason: v.reason.trim(),
        version: org.version,
        ...(v.cancelledOn ? { cancelledOn: v.cancelledOn.format('YYYY-MM-DD') } : {}),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(communityOrgKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: communityOrgKeys.all });
      message.success(t('communityOrgs.cancel.done', { name: saved.name }));
      onClose();
    },
    onError: (err) =>
      handleError(err, {
        form,
        onStale: () => void queryClient.invalidateQueries({ queryKey: communityOrgKeys.detail(org.id) }),
      }),
  });

  return (
    <Modal
      open={open}
      title={t('communityOrgs.cancel.title', { name: org.name })}
      okText={t('communityOrgs.cancel.submit')}
      okButtonProps={
        { danger: true, loading: cancel.isPending, 'data-testid': 'community-cancel-submit' } as ButtonProps
      }
      cancelText={t('common.close')}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('communityOrgs.cancel.help')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ reason: '', cancelledOn: dayjs() }}
        onFinish={(v) => cancel.mutate(v)}
        disabled={cancel.isPending}
        data-testid="community-cancel-form"
      >
        <Form.Item
          name="reason"
          label={t('communityOrgs.cancel.reason')}
          rules={[
            { required: true, whitespace: true, message: t('communityOrgs.cancel.reasonRequired') },
            { min: 4, message: t('communityOrgs.cancel.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={300} showCount data-testid="community-cancel-reason" />
        </Form.Item>
        <Form.Item name="cancelledOn" label={t('communityOrgs.cancel.date')}>
          <DatePicker
            style={{ width: '100%' }}
            format={lang === 'zh-CN' ? ['YYYY年M月D日', 'YYYY-MM-DD'] : ['YYYY-MM-DD']}
            disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(filed, 'day')}
            data-testid="community-cancel-date"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
