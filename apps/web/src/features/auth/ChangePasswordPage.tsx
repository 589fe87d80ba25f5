import { useNavigate } from 'react-router';
import { Alert, App, Button, Flex, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ME_KEY, useMe } from '../../app/session';
import { useLogout } from '../../app/useLogout';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { AuthCard } from './AuthCard';
import { changePassword } from './api';
import { PasswordPolicy, usePasswordProblems } from './passwordPolicy';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export default function ChangePasswordPage() {
  const t = useT();
  const me = useMe();
  const [form] = Form.useForm<PasswordForm>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const problemsOf = usePasswordProblems();
  const logout = useLogout();
  const forced = me.mustChangePassword;

  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: (user) => {
      queryClient.setQueryData(ME_KEY, user);
      message.success(t('password.changed'));
      navigate('/', { replace: true });
    },
    onError: (err) => handleError(err, { form }),
  });

  return (
    <AuthCard title={t('password.title')}>
      {forced && <Alert type="warning" showIcon title={t('password.forcedHint')} style={{ marginBottom: 16 }} />}
      <Form<PasswordForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={mutation.isPending}
        onFinish={({ currentPassword, newPassword: next }) => mutation.mutate({ currentPassword, newPassword: next })}
      >
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.currentRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('password.newRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (!value) return;
                const problems = problemsOf(value);
                if (problems.length > 0) throw new Error(problems[0]);
                if (value === getFieldValue('currentPassword')) throw new Error(t('password.sameAsCurrent'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <PasswordPolicy password={newPassword} />
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Flex gap={8}>
          {forced ? (
            <Button onClick={() => void logout()}>{t('header.logout')}</Button>
          ) : (
            <Button onClick={() => navigate(-1)}>{t('common.back')}</Button>
          )}
          <Button type="primary" htmlType="submit" loading={mutation.isPending} style={{ flex: 1 }}>
            {t('password.submit')}
          </Button>
        </Flex>
      </Form>
    </AuthCard>
  );
}
