import { useMemo } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ZRegionCode, type TPublicIllegalOrgWarning } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { RegionPicker } from '../../components/RegionPicker';
import { useI18n } from '../../lib/i18n';
import { PortalLayout } from '../portal/PortalLayout';
import { PublicKeysetList } from '../portal/PublicKeysetList';
import { fetchPublicWarnings, illegalKeys, type PublicFilter } from './api';

function Item({ w }: { w: TPublicIllegalOrgWarning }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={2} data-testid="public-illegal-org">
      <Typography.Text strong>{w.name}</Typography.Text>
      <Typography.Text>{w.summary}</Typography.Text>
      <Typography.Text type="secondary">
        {w.regionName} · {t('illegalOrgs.public.by', { authority: w.authorityName, date: w.bannedOn })}
        {w.documentNumber ? `（${w.documentNumber}）` : ''}
      </Typography.Text>
    </Flex>
  );
}

/** `/portal/illegal-orgs`: 警示曝光 — banned groups the bureaus published, newest first, by region. */
export default function PublicIllegalOrgsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const region = params.get('region');
  const filter = useMemo<PublicFilter>(
    () => (region && ZRegionCode.safeParse(region).success ? { region } : {}),
    [region],
  );
  return (
    <PortalLayout>
      <PageHeader title={t('illegalOrgs.public.title')} subtitle={t('illegalOrgs.public.subtitle')} />
      <Card style={{ marginBottom: 12 }}>
        <RegionPicker
          value={filter.region ?? null}
          onChange={(code) => setParams(code ? { region: code } : {})}
          placeholder={t('illegalOrgs.field.region')}
          data-testid="public-illegal-orgs-region"
        />
      </Card>
      <PublicKeysetList
        queryKey={illegalKeys.public(filter)}
        fetchPage={(cursor) => fetchPublicWarnings(filter, cursor)}
        keyOf={(w) => w.id}
        render={(w) => <Item w={w} />}
        empty={t('illegalOrgs.public.empty')}
        testId="public-illegal-orgs"
        emptyTestId="public-illegal-orgs-empty"
      />
    </PortalLayout>
  );
}
