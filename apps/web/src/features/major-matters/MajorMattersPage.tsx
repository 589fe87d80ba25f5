import { useMemo } from 'react';
import { Card, Col, Input, Row, Select, Tabs } from 'antd';
import { MAJOR_MATTER_KINDS, MAJOR_MATTER_STATUSES } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { RegionPicker } from '../../components/RegionPicker';
import { useT, type MessageKey } from '../../lib/i18n';
import type { MatterFilter } from './api';
import { MatterCalendar } from './MatterCalendar';
import { MatterList } from './MatterList';
import { oneOf, useUrlParams } from '../../lib/urlFilters';

/**
 * Staff: reports within scope, filtered by status, kind, lateness, region and the month the matters take place;
 * a list or a month calendar by the day each matter takes place.
 */
export default function MajorMattersPage() {
  const t = useT();
  const [params, set] = useUrlParams();
  const filter = useMemo<MatterFilter>(() => {
    const f: MatterFilter = {};
    const status = oneOf(MAJOR_MATTER_STATUSES, params.get('status'));
    const kind = oneOf(MAJOR_MATTER_KINDS, params.get('kind'));
    const late = oneOf(['0', '1'] as const, params.get('late'));
    if (status) f.status = status;
    if (kind) f.kind = kind;
    if (late) f.late = late;
    const region = params.get('region');
    if (region && /^\d{2,12}$/.test(region)) f.region = region;
    return f;
  }, [params]);
  // The list may narrow to a month; the calendar picks its own.
  const listFilter = useMemo<MatterFilter>(() => {
    const month = params.get('month');
    return month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? { ...filter, month } : filter;
  }, [filter, params]);
  const tab = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const select = (key: 'status' | 'kind' | 'late', options: { value: string; label: string }[]) => (
    <Col xs={24} sm={12} lg={6} key={key}>
      <Select
        allowClear
        style={{ width: '100%' }}
        placeholder={t(`mm.field.${key}` as MessageKey)}
        value={filter[key]}
        options={options}
        onChange={(v) => set(key, v)}
        data-testid={`mm-filter-${key}`}
      />
    </Col>
  );
  return (
    <>
      <PageHeader title={t('mm.title')} subtitle={t('mm.subtitle')} />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          {select(
            'status',
            MAJOR_MATTER_STATUSES.map((v) => ({ value: v, label: t(`mm.status.${v}` as MessageKey) })),
          )}
          {select(
            'kind',
            MAJOR_MATTER_KINDS.map((v) => ({ value: v, label: t(`mm.kind.${v}` as MessageKey) })),
          )}
          {select('late', [
            { value: '1', label: t('mm.late') },
            { value: '0', label: t('mm.onTime') },
          ])}
          <Col xs={24} sm={12} lg={6}>
            <RegionPicker
              allowClear
              style={{ width: '100%' }}
              placeholder={t('mm.field.region')}
              value={filter.region ?? null}
              onChange={(code) => set('region', code ?? undefined)}
              data-testid="mm-filter-region"
            />
          </Col>
        </Row>
        <Tabs
          activeKey={tab}
          onChange={(k) => set('view', k === 'calendar' ? 'calendar' : undefined)}
          items={[
            {
              key: 'list',
              label: <span data-testid="mm-tab-list">{t('mm.tab.list')}</span>,
              children: (
                <>
                  <Input
                    type="month"
                    allowClear
                    aria-label={t('mm.field.month')}
                    value={listFilter.month ?? ''}
                    onChange={(e) => set('month', e.target.value || undefined)}
                    style={{ maxWidth: 240, marginBottom: 12 }}
                    data-testid="mm-filter-month"
                  />
                  <MatterList filter={listFilter} showOrg />
                </>
              ),
            },
            {
              key: 'calendar',
              label: <span data-testid="mm-tab-calendar">{t('mm.tab.calendar')}</span>,
              children: <MatterCalendar filter={filter} />,
            },
          ]}
          destroyOnHidden
        />
      </Card>
    </>
  );
}
