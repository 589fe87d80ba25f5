import { Card, Divider, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n';
import { creditKeys, fetchPublicOrgCredit } from '../api';
import { PublicListingItem } from './PublicListingItem';

/** 信用信息 on an organization's public page: current listings first, then the history of removed ones. */
export function CreditSection({ uscc }: { uscc: string }) {
  const t = useT();
  const query = useQuery({
    queryKey: creditKeys.publicOrg(uscc),
    queryFn: () => fetchPublicOrgCredit(uscc),
    retry: false,
  });
  // The page stands without it: a failed call hides the section rather than the organization.
  if (query.isError) return null;
  const listings = query.data?.listings ?? [];
  const current = listings.filter((l) => l.status === 'active');
  const past = listings.filter((l) => l.status !== 'active');
  return (
    <Card title={t('credit.section.title')} loading={query.isPending} data-testid="portal-org-credit">
      {current.length === 0 && (
        <Typography.Text type="secondary" data-testid="portal-org-credit-clear">
          {t('credit.section.none')}
        </Typography.Text>
      )}
      {current.map((l, i) => (
        <div key={l.id}>
          {i > 0 && <Divider style={{ margin: '8px 0' }} />}
          <PublicListingItem l={l} />
        </div>
      ))}
      {past.length > 0 && (
        <div data-testid="portal-org-credit-history">
          <Divider titlePlacement="start" style={{ margin: '16px 0 8px' }}>
            {t('credit.section.history')}
          </Divider>
          {past.map((l, i) => (
            <div key={l.id}>
              {i > 0 && <Divider style={{ margin: '8px 0' }} />}
              <PublicListingItem l={l} />
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
