import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import { ME_KEY, safeNext, setSessionEndReason, useMeQuery } from '../../app/session';
import { errorText, splitFieldErrors } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { AuthCard } from './AuthCard';
import { login } from './api';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { lang, t } = useI18n();
  const [form] = Form.useForm<LoginForm>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMeQuery();
  const [failure, setFailure] = useState<string | null>(null);
  const next = safeNext(params.get('next'));
  const reason = params.get('reason');

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Nothing cached for a previous user may show to this one.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, user);
      setSessionEndReason(null);
      navigate(user.mustChangePassword ? '/change-password' : next, { replace: true });
    },
    onError: (err) => {
      if (isApiError(err) && err.hasFields) {
        const { matched, unmatched } = splitFieldErrors(err.fields, ['username', 'password'] as const);
        form.setFields(matched);
        setFailure(unmatched.length > 0 ? unmatched.join('；') : null);
        return;
      }
      setFailure(errorText(err, lang, t));
      form.setFieldValue('password', '');
    },
  });

  if (me.data && !mutation.isPending) {
    return <Navigate to={me.data.mustChangePassword ? '/change-password' : next} replace />;
  }

  return (
    <AuthCard title={t('login.title')}>
      {reason === 'expired' && !failure && (
        <Alert
          type="warning"
          showIcon
          title={t('login.expired')}
          style={{ marginBottom: 16 }}
          data-testid="login-notice"
        />
      )}
      {reason === 'signed-out' && !failure && (
        <Alert
          type="info"
          showIcon
          title={t('login.signedOut')}
          style={{ marginBottom: 16 }}
          data-testid="login-notice"
        />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
          role="alert"
        />
      )}
      <Form<LoginForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={mutation.isPending}
        onFinish={(values) => {
          setFailure(null);
          mutation.mutate({ username: values.username.trim(), password: values.password });
        }}
      >
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
        >
          <Input
            prefix={<UserOutlined />}
            placeholder={t('login.usernamePlaceholder')}
            autoComplete="username"
            autoFocus
            size="large"
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password
            prefix={<LockOutlined />}
            placeholder={t('login.passwordPlaceholder')}
            autoComplete="current-password"
            size="large"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={mutation.isPending}
          data-testid="login-submit"
        >
          {t('login.submit')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
        {t('login.note')}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0, fontSize: 12, textAlign: 'center' }}>
        <Link to="/portal" data-testid="login-portal-link">
          {t('portal.entry')}
        </Link>
        {' · '}
        <Link to="/sign-up" data-testid="login-sign-up-link">
          {t('portal.nav.signUp')}
        </Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
