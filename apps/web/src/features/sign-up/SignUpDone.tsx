import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../lib/i18n';
import type { SignUpResult } from './api';

/** After signing up: log in now, or wait for the region's administrators to approve the account. */
export function SignUpDone({ result }: { result: SignUpResult }) {
  const t = useT();
  const pending = result.status === 'pending';
  return (
    <Result
      status={pending ? 'info' : 'success'}
      title={t(pending ? 'signUp.pendingTitle' : 'signUp.activeTitle')}
      subTitle={
        <span data-testid="sign-up-result" data-status={result.status}>
          {t(pending ? 'signUp.pendingText' : 'signUp.activeText', { username: result.username })}
        </span>
      }
      extra={
        <Link to="/login">
          <Button type="primary" data-testid="sign-up-to-login">
            {t('signUp.toLogin')}
          </Button>
        </Link>
      }
    />
  );
}
