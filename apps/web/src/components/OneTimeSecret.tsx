import { Alert, Typography } from 'antd';
import { useT } from '../lib/i18n';

/** A secret shown once (an initial password): large, monospaced, with a copy button. */
export function OneTimeSecret({ secret, name }: { secret: string; name: string }) {
  const t = useT();
  return (
    <div>
      <Alert type="warning" showIcon title={t('users.oneTimeBody', { name })} style={{ marginBottom: 16 }} />
      <Typography.Paragraph
        copyable={{ text: secret, tooltips: [t('common.copy'), t('common.copied')] }}
        code
        data-testid="one-time-secret"
        style={{ fontSize: 20, textAlign: 'center', letterSpacing: 1, fontFamily: 'monospace' }}
      >
        {secret}
      </Typography.Paragraph>
    </div>
  );
}
