import { useMemo } from 'react';
import { Card, Col, Row, Select } from 'antd';
import { INSPECTION_CONCLUSIONS, ZRegionCode, type InspectionConclusion } from '@shezu/contracts';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { RegionPicker } from '../../../components/RegionPicker';
import { useI18n } from '../../../lib/i18n';
import { PortalLayout } from '../../portal/PortalLayout';
import { PublicKeysetList } from '../../portal/PublicKeysetList';
import { annualReportKeys, fetchPublicInspections, type PublicInspectionFilter } from '../api';
import { InspectionItem } from './InspectionItem';
import { latestReportYear, useLatestYearWithResults, YEARS_BACK } from './useLatestYear';

function Results({ filter }: { filter: PublicInspectionFilter }) {
  const { t } = useI18n();
  return (
    <PublicKeysetList
      queryKey={annualReportKeys.publicList(filter)}
      fetchPage={(cursor) => fetchPublicInspections(filter, cursor)}
      keyOf={(item) => item.reportId}
      render={(item) => <InspectionItem item={item} showOrg />}
      empty={t('annualReports.public.empty')}
      testId="public-inspections"
      emptyTestId="public-inspections-empty"
    />
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
