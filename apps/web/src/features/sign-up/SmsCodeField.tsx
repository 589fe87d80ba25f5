import { useState } from 'react';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { requestSmsCode } from './api';
import { useCountdown, waitSecondsIn } from './useCountdown';

/**
 * The verification code input with its “获取验证码” button: the phone is checked first, the button counts
 * down until a new code may be asked for, and a rate-limit answer is shown above the input, not as a toast.
 */
export function SmsCodeField({ form }: { form: FormInstance }) {
  const { t, lang } = useI18n();
  const handleError = useApiErrorHandler();
  const [left, startCountdown] = useCountdown();
  const [limited, setLimited] = useState<string | null>(null);
  const [sentFor, setSentFor] = useState<{ phone: string; minutes: number } | null>(null);

  const send = useMutation({
    mutationFn: requestSmsCode,
    onMutate: () => setLimited(null),
    onSuccess: (sent, phone) => {
      startCountdown(sent.resendAfterSeconds);
      setSentFor({ phone, minutes: Math.max(1, Math.round(sent.expiresInSeconds / 60)) });
    },
    onError: (err) => {
      if (isApiError(err) && err.status === 429) {
        setLimited(errorText(err, lang, t));
        const wait = waitSecondsIn(err.message);
        if (wait) startCountdown(wait);
        return;
      }
      handleError(err, { form });
    },
  });

  const ask = async () => {
    try {
      const { phone } = (await form.validateFields(['phone'])) as { phone: string };
      send.mutate(phone.trim());
    } catch {
      /* the phone's own message is shown beside it */
    }
  };

  return (
    <>
      {limited && (
        <Alert type="error" showIcon title={limited} style={{ marginBottom: 12 }} data-testid="sign-up-sms-limited" />
      )}
      <Form.Item
        label={t('signUp.code')}
        required
        extra={
          sentFor && (
            <Typography.Text type="secondary" data-testid="sign-up-sms-sent">
              {t('signUp.codeSent', { phone: sentFor.phone, minutes: sentFor.minutes })}
            </Typography.Text>
          )
        }
      >
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="code"
            noStyle
            rules={[
              { required: true, message: t('signUp.codeRequired') },
              { pattern: /^\d{6}$/, message: t('signUp.codeFormat') },
            ]}
          >
            <Input
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              placeholder={t('signUp.codePlaceholder')}
              data-testid="sign-up-code"
            />
          </Form.Item>
          <Button
            onClick={() => void ask()}
            loading={send.isPending}
            disabled={left > 0}
            data-testid="sign-up-send-code"
          >
            {left > 0 ? t('signUp.resendIn', { seconds: left }) : sentFor ? t('signUp.resend') : t('signUp.sendCode')}
          </Button>
        </Space.Compact>
      </Form.Item>
    </>
  );
}
