import { Flex, Tag, Typography } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../lib/i18n';
import { PortalLayout } from '../portal/PortalLayout';
import { PublicKeysetList } from '../portal/PublicKeysetList';
import { fetchPublicResults, spotKeys, type TPublicSpotCheckResult } from './api';

function Item({ r }: { r: TPublicSpotCheckResult }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={2} data-testid="public-spot-check-result">
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text strong>{r.orgName}</Typography.Text>
        <Tag color={r.problemsFound ? 'red' : 'green'}>
          {t(r.problemsFound ? 'spotChecks.public.problems' : 'spotChecks.public.clean')}
        </Tag>
      </Flex>
      <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
        {r.uscc} · {r.planTitle} · {r.concludedOn}
      </Typography.Text>
      <Flex wrap gap={4}>
        {r.items.map((i) => (
          <Tag key={i.item} color={i.passed ? 'default' : 'orange'}>
            {t(`spotChecks.item.${i.item}`)}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
}

/** `/portal/spot-check-results`: 双随机一公开 — concluded checks, newest first. */
export default function PublicResultsPage() {
  const { t } = useI18n();
  return (
    <PortalLayout>
      <PageHeader title={t('spotChecks.public.title')} subtitle={t('spotChecks.public.subtitle')} />
      <PublicKeysetList
        queryKey={spotKeys.public()}
        fetchPage={(cursor) => fetchPublicResults(cursor)}
        keyOf={(r) => r.id}
        render={(r) => <Item r={r} />}
        empty={t('spotChecks.public.empty')}
        testId="public-spot-check-results"
        emptyTestId="public-spot-check-results-empty"
      />
    </PortalLayout>
  );
}
