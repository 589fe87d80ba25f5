import { Card, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n';
import { fetchOrgTotals, feedKeys } from './api';
import { FeedList } from './FeedList';

/** On an organization's public page: its published activities and what the public did with them. */
export function OrgActivitiesSection({ uscc }: { uscc: string }) {
  const t = useT();
  const totals = useQuery({ queryKey: feedKeys.orgTotals(uscc), queryFn: () => fetchOrgTotals(uscc) });
  // An organization that never published an activity does not get an empty section.
  if (!totals.data || totals.data.published === 0) return null;
  return (
    <Card title={t('portal.act.orgSection')} data-testid="portal-org-activities">
      <Typography.Paragraph type="secondary" data-testid="portal-org-activity-totals">
        {t('portal.act.orgTotals', totals.data)}
      </Typography.Paragraph>
      <FeedList filter={{ orgUscc: uscc }} compact />
    </Card>
  );
}
