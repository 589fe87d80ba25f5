import { useState } from 'react';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ZMobilePhone, ZUsername } from '@shezu/contracts';
import { PublicLayout } from '../../app/PublicLayout';
import { RegionPicker } from '../../components/RegionPicker';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { zodRule } from '../../lib/zodRule';
import { PasswordPolicy, usePasswordProblems } from '../auth/passwordPolicy';
import { signUp, type SignUpResult } from './api';
import { SignUpDone } from './SignUpDone';
import { SmsCodeField } from './SmsCodeField';

interface SignUpForm {
  phone: string;
  code: string;
  username: string;
  displayName: string;
  regionCode: string | null;
  password: string;
  confirm: string;
}

/** 门户注册: a founder opens an applicant account, verified by a code sent to the phone. */
export default function SignUpPage() {
  const t = useT();
  const [form] = Form.useForm<SignUpForm>();
  const password = Form.useWatch('password', form) ?? '';
  const problemsOf = usePasswordProblems();
  const handleError = useApiErrorHandler();
  const [done, setDone] = useState<SignUpResult | null>(null);

  const submit = useMutation({
    mutationFn: (v: SignUpForm) =>
      signUp({
        phone: v.phone.trim(),
        code: v.code.trim(),
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        password: v.password,
        regionCode: v.regionCode!,
      }),
    onSuccess: setDone,
    onError: (err) => handleError(err, { form }),
  });

  return (
    <PublicLayout subtitle={t('signUp.subtitle')}>
      <Card title={t('signUp.title')} data-testid="sign-up-card">
        {done ? (
          <SignUpDone result={done} />
        ) : (
          <Form<SignUpForm>
            form={form}
            layout="vertical"
            disabled={submit.isPending}
            onFinish={(v) => submit.mutate(v)}
            data-testid="sign-up-form"
          >
            <Typography.Paragraph type="secondary">{t('signUp.intro')}</Typography.Paragraph>
            <Form.Item
              name="phone"
              label={t('signUp.phone')}
              rules={[{ required: true, message: t('signUp.phoneRequired') }, zodRule(ZMobilePhone)]}
            >
              <Input inputMode="tel" autoComplete="tel" maxLength={11} data-testid="sign-up-phone" />
            </Form.Item>
            <SmsCodeField form={form} />
            <Form.Item
              name="displayName"
              label={t('signUp.displayName')}
              rules={[{ required: true, whitespace: true, message: t('signUp.displayNameRequired') }]}
            >
              <Input maxLength={50} autoComplete="name" data-testid="sign-up-name" />
            </Form.Item>
            <Form.Item
              name="username"
              label={t('signUp.username')}
              extra={t('signUp.usernameHelp')}
              rules={[{ required: true, message: t('signUp.usernameRequired') }, zodRule(ZUsername)]}
            >
              <Input maxLength={64} autoComplete="username" data-testid="sign-up-username" />
            </Form.Item>
            <Form.Item
              name="regionCode"
              label={t('signUp.region')}
              extra={t('signUp.regionHelp')}
              rules={[{ required: true, message: t('signUp.regionRequired') }]}
            >
              <RegionPicker maxLevel="county" data-testid="sign-up-region" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('signUp.password')}
              rules={[
                { required: true, message: t('signUp.passwordRequired') },
                {
                  validator: async (_, value: string | undefined) => {
                    const problems = value ? problemsOf(value) : [];
                    if (problems.length > 0) throw new Error(problems[0]);
                  },
                },
              ]}
            >
              <Input.Password autoComplete="new-password" data-testid="sign-up-password" />
            </Form.Item>
            <PasswordPolicy password={password} />
            <Form.Item
              name="confirm"
              label={t('signUp.confirm')}
              dependencies={['password']}
              rules={[
                { required: true, message: t('signUp.confirmRequired') },
                ({ getFieldValue }) => ({
                  validator: async (_, value: string | undefined) => {
                    if (value && value !== getFieldValue('password')) throw new Error(t('signUp.mismatch'));
                  },
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" data-testid="sign-up-confirm" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submit.isPending} data-testid="sign-up-submit">
              {t('signUp.submit')}
            </Button>
            <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
              {t('signUp.haveAccount')} <Link to="/login">{t('signUp.toLogin')}</Link>
            </Typography.Paragraph>
          </Form>
        )}
      </Card>
    </PublicLayout>
  );
}
