import { Card, Divider, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n';
import { annualReportKeys, fetchOrgInspections } from '../api';
import { InspectionItem } from './InspectionItem';

/** 年检结论 on an organization's public page: each year's conclusion, newest first. */
export function InspectionResultsSection({ uscc }: { uscc: string }) {
  const t = useT();
  const query = useQuery({
    queryKey: annualReportKeys.publicOrg(uscc),
    queryFn: () => fetchOrgInspections(uscc),
    retry: false,
  });
  // The page stands without it: a failed call hides the section rather than the organization.
  if (query.isError) return null;
  const items = [...(query.data ?? [])].sort((a, b) => b.year - a.year);
  return (
    <Card title={t('annualReports.public.sectionTitle')} loading={query.isPending} data-testid="portal-org-inspections">
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('annualReports.public.none')}</Typography.Text>
      ) : (
        items.map((item, i) => (
          <div key={item.reportId}>
            {i > 0 && <Divider style={{ margin: '8px 0' }} />}
            <InspectionItem item={item} />
          </div>
        ))
      )}
    </Card>
  );
}
