import { Button, Flex, Typography } from 'antd';
import { useT } from '../lib/i18n';

/** Keyset paging: one more page after the last row, never page numbers. */
export function LoadMore({
  count,
  hasMore,
  loading,
  onLoad,
}: {
  count: number;
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}) {
  const t = useT();
  if (count === 0) return null;
  return (
    <Flex justify="center" align="center" gap={12} style={{ marginTop: 16 }} data-testid="load-more-bar">
      <Typography.Text type="secondary">{t('common.shownCount', { count })}</Typography.Text>
      {hasMore ? (
        <Button onClick={onLoad} loading={loading} data-testid="load-more">
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </Flex>
  );
}
