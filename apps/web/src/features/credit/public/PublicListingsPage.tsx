import { useMemo, useState } from 'react';
import { Card, Col, Input, Row, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { CREDIT_LISTS, ZRegionCode, type CreditList } from '@shezu/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { RegionPicker } from '../../../components/RegionPicker';
import { useI18n } from '../../../lib/i18n';
import { PortalLayout } from '../../portal/PortalLayout';
import { PublicKeysetList } from '../../portal/PublicKeysetList';
import { creditKeys, fetchPublicListings, type PublicListingFilter } from '../api';
import { compact } from '../filter';
import { PublicListingItem } from './PublicListingItem';

function Results({ filter }: { filter: PublicListingFilter }) {
  const { t } = useI18n();
  return (
    <PublicKeysetList
      queryKey={creditKeys.publicListings(filter)}
      fetchPage={(cursor) => fetchPublicListings(filter, cursor)}
      keyOf={(l) => l.id}
      render={(l) => <PublicListingItem l={l} showOrg />}
      empty={t('credit.public.empty')}
      testId="public-credit-list"
      emptyTestId="public-credit-empty"
    />
  );
}

/** `/portal/credit-listings`: the two lists as published, by the organization's region, searchable by name or code. */
export default function PublicListingsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const list: CreditList = params.get('list') === 'dishonest' ? 'dishonest' : 'abnormal';
  const region = params.get('region');
  const q = params.get('q')?.trim() || undefined;
  const [text, setText] = useState(q ?? '');
  const filter = useMemo<PublicListingFilter>(
    () => compact({ list, region: region && ZRegionCode.safeParse(region).success ? region : undefined, q }),
    [list, region, q],
  );
  const set = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <PortalLayout>
      <PageHeader title={t('credit.public.title')} subtitle={t('credit.public.subtitle')} />
      <Card style={{ marginBottom: 12 }}>
        <Tabs
          activeKey={list}
          onChange={(l) => set('list', l)}
          items={CREDIT_LISTS.map((l) => ({
            key: l,
            label: <span data-testid={`public-credit-tab-${l}`}>{t(`credit.list.${l}`)}</span>,
          }))}
        />
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12}>
            <Input.Search
              allowClear
              value={text}
              placeholder={t('credit.filter.search')}
              onChange={(e) => setText(e.target.value)}
              onSearch={(v) => set('q', v.trim())}
              data-testid="public-credit-search"
            />
          </Col>
          <Col xs={24} md={12}>
            <RegionPicker
              value={filter.region ?? null}
              onChange={(code) => set('region', code)}
              placeholder={t('credit.filter.region')}
              data-testid="public-credit-region"
            />
          </Col>
        </Row>
      </Card>
      <Results filter={filter} />
    </PortalLayout>
  );
}
