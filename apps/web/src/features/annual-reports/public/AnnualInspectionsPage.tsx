import { useMemo } from 'react';
import { Alert, Card, Col, Divider, Empty, Row, Select } from 'antd';
import { INSPECTION_CONCLUSIONS, ZRegionCode, type InspectionConclusion } from '@shezu/contracts';
import { useSearchParams } from 'react-router';
import { LoadMore } from '../../../components/LoadMore';
import { PageHeader } from '../../../components/PageHeader';
import { RegionPicker } from '../../../components/RegionPicker';
import { errorText } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useKeysetQuery } from '../../../lib/useKeysetQuery';
import { PortalLayout, PortalLoadError } from '../../portal/PortalLayout';
import { annualReportKeys, fetchPublicInspections, type PublicInspectionFilter } from '../api';
import { InspectionItem } from './InspectionItem';
import { latestReportYear, useLatestYearWithResults, YEARS_BACK } from './useLatestYear';

function Results({ filter }: { filter: PublicInspectionFilter }) {
  const { t, lang } = useI18n();
  const { query, items } = useKeysetQuery(annualReportKeys.publicList(filter), (cursor) =>
    fetchPublicInspections(filter, cursor),
  );
  if (query.isPending) return <Card loading />;
  if (query.isError && items.length === 0)
    return <PortalLoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0)
    return (
      <Card data-testid="public-inspections-empty">
        <Empty description={t('annualReports.public.empty')} />
      </Card>
    );
  return (
    <>
      <Card data-testid="public-inspections">
        {items.map((item, i) => (
          <div key={item.reportId}>
            {i > 0 && <Divider style={{ margin: '8px 0' }} />}
            <InspectionItem item={item} showOrg />
          </div>
        ))}
      </Card>
      {query.isFetchNextPageError && (
        <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorText(query.error, lang, t)} />
      )}
      <LoadMore
        count={items.length}
        hasMore={!!query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </>
  );
}

const isConclusion = (v: string | null): v is InspectionConclusion =>
  !!v && (INSPECTION_CONCLUSIONS as readonly string[]).includes(v);

/** `/portal/annual-inspections`: a year's published conclusions, by the authority's region and conclusion. */
export default function AnnualInspectionsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const chosenYear = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : null;
  const latest = useLatestYearWithResults(chosenYear === null);
  const year = chosenYear ?? latest.data ?? null;
  const region = params.get('region');
  const conclusion = params.get('conclusion');
  const filter = useMemo<PublicInspectionFilter | null>(() => {
    if (year === null) return null;
    const f: PublicInspectionFilter = { year };
    if (region && ZRegionCode.safeParse(region).success) f.authorityRegionCode = region;
    if (isConclusion(conclusion)) f.conclusion = conclusion;
    return f;
  }, [year, region, conclusion]);
  const set = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'year' && year !== null) next.set('year', String(year));
    setParams(next);
  };
  const newest = latestReportYear();
  return (
    <PortalLayout>
      <PageHeader title={t('annualReports.public.title')} subtitle={t('annualReports.public.subtitle')} />
      <Card style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} sm={8} md={6}>
            <Select<number>
              value={year ?? undefined}
              loading={year === null}
              placeholder={t('annualReports.public.pickYear')}
              onChange={(y) => set('year', String(y))}
              options={Array.from({ length: YEARS_BACK }, (_, i) => newest - i).map((y) => ({
                value: y,
                label: t('annualReports.public.yearOption', { year: y }),
              }))}
              style={{ width: '100%' }}
              data-testid="public-inspections-year"
            />
          </Col>
          <Col xs={24} sm={16} md={10}>
            <RegionPicker
              value={filter?.authorityRegionCode ?? null}
              onChange={(code) => set('region', code)}
              placeholder={t('annualReports.public.region')}
              style={{ width: '100%' }}
              data-testid="public-inspections-region"
            />
          </Col>
          <Col xs={24} md={8}>
            <Select<InspectionConclusion>
              allowClear
              value={filter?.conclusion}
              placeholder={t('annualReports.public.conclusion')}
              onChange={(c) => set('conclusion', c)}
              options={INSPECTION_CONCLUSIONS.map((c) => ({ value: c, label: t(`annualReports.conclusion.${c}`) }))}
              style={{ width: '100%' }}
              data-testid="public-inspections-conclusion"
            />
          </Col>
        </Row>
      </Card>
      {filter ? <Results filter={filter} /> : <Card loading />}
    </PortalLayout>
  );
}
