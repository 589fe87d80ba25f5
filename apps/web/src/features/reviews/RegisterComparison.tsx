import { Alert, Empty, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { TApplicationDetail } from '@shezu/contracts';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { fetchOrg, orgKeys } from '../orgs/api';
import { ComparisonTable } from './ComparisonTable';
import { registerDiff } from './registerDiff';

/** 变更登记: what the register holds now beside what the organization asks to change it to. */
export function RegisterComparison({ application }: { application: TApplicationDetail }) {
  const { t, lang } = useI18n();
  const orgId = application.orgId!;
  const org = useQuery({ queryKey: orgKeys.detail(orgId), queryFn: () => fetchOrg(orgId) });
  if (org.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (org.isError) return <Alert type="warning" showIcon title={errorText(org.error, lang, t)} />;
  const rows = registerDiff(application.data, org.data).map((r) => ({
    field: r.field,
    before: r.current,
    after: r.proposed,
    same: r.same,
  }));
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reviews.register.none')} />;
  return (
    <ComparisonTable
      kind={application.kind}
      rows={rows}
      authorityRegionCode={application.authorityRegionCode}
      beforeTitle={t('reviews.register.current')}
      afterTitle={t('reviews.register.proposed')}
      testId="review-register-diff"
    />
  );
}
