import { useMemo } from 'react';
import { Card, Col, Row } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { RegionPicker } from '../../../components/RegionPicker';
import { useT } from '../../../lib/i18n';
import { CategorySelect } from '../../orgs/OrgSelects';
import { PortalLayout } from '../PortalLayout';
import type { FeedFilter } from './api';
import { FeedList } from './FeedList';

/** The feed filters by province, city or county only (its indexes); a deeper code is cut to its county. */
const REGION = /^\d{2}(\d{2}(\d{2})?)?$/;

/** `/portal/activities`: published activities of social organizations, by region and category. */
export default function ActivitiesFeedPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const categoryCode = params.get('category') ?? undefined;
  const filter = useMemo<FeedFilter>(
    () => ({
      ...(region && REGION.test(region) ? { region } : {}),
      ...(categoryCode ? { categoryCode } : {}),
    }),
    [region, categoryCode],
  );
  const set = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <PortalLayout>
      <PageHeader title={t('portal.act.title')} subtitle={t('portal.act.subtitle')} />
      <Card style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12}>
            <RegionPicker
              value={filter.region ?? null}
              maxLevel="county"
              onChange={(code) => set('region', code ? code.slice(0, 6) : null)}
              placeholder={t('portal.act.region')}
              style={{ width: '100%' }}
              data-testid="portal-act-region"
            />
          </Col>
          <Col xs={24} md={12}>
            <CategorySelect
              regionCode={filter.region ?? null}
              value={filter.categoryCode ?? null}
              onChange={(code) => set('category', code)}
              placeholder={t('portal.act.category')}
              allowClear
              style={{ width: '100%' }}
              data-testid="portal-act-category"
            />
          </Col>
        </Row>
      </Card>
      <FeedList filter={filter} />
    </PortalLayout>
  );
}
