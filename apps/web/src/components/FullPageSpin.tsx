import { Flex, Spin } from 'antd';
import { useT } from '../lib/i18n';

export function FullPageSpin() {
  const t = useT();
  return (
    <Flex justify="center" align="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}
