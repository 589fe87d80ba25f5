import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../lib/i18n';

export function ForbiddenPage() {
  const t = useT();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('result.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('result.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('result.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('result.backHome')}</Button>
        </Link>
      }
    />
  );
}
