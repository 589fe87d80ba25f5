import { useState } from 'react';
import { Badge, Button, Col, Flex, Grid, Input, Row, Select, Typography } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { ORG_LEVELS, ORG_STATUSES, REGISTERED_ORG_TYPES } from '@shezu/contracts';
import { RegionPicker } from '../../components/RegionPicker';
import { useCan, useMe } from '../../app/session';
import { useT } from '../../lib/i18n';
import { activeFilterCount, searchTextProblem, type OrgListQuery } from './filters';
import { CategorySelect, SupervisorSelect } from './OrgSelects';

/**
 * The register list's filters. The search box takes any two or more consecutive characters of a name
 * or a whole credit code; on a phone the other filters fold behind one button.
 */
export function OrgFilters({ query, onChange }: { query: OrgListQuery; onChange: (next: OrgListQuery) => void }) {
  const t = useT();
  const me = useMe();
  const canReadUnits = useCan('units.read');
  const phone = Grid.useBreakpoint().md === false;
  const [text, setText] = useState(query.q ?? '');
  const [tooShort, setTooShort] = useState(false);
  const [open, setOpen] = useState(false);
  const patch = (p: Partial<OrgListQuery>) => onChange({ ...query, ...p });

  const search = (value: string) => {
    const q = value.trim();
    if (searchTextProblem(q)) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    patch({ q: q || undefined });
  };

  const col = { xs: 24, sm: 12, lg: 8, xl: 6 };
  const others = (
    <>
      <Col {...col}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('orgField.type')}
          value={query.type}
          options={REGISTERED_ORG_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))}
          onChange={(type) => patch({ type })}
          data-testid="orgs-filter-type"
        />
      </Col>
      <Col {...col}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('orgField.status')}
          value={query.status}
          options={ORG_STATUSES.map((v) => ({ value: v, label: t(`orgStatus.${v}`) }))}
          onChange={(status) => patch({ status })}
          data-testid="orgs-filter-status"
        />
      </Col>
      <Col {...col}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('orgs.col.level')}
          value={query.level}
          options={ORG_LEVELS.map((v) => ({ value: v, label: t(`orgLevel.${v}`) }))}
          onChange={(level) => patch({ level })}
          data-testid="orgs-filter-level"
        />
      </Col>
      <Col {...col}>
        <CategorySelect
          allowClear
          regionCode={me.regionCode}
          placeholder={t('orgField.categoryCode')}
          value={query.categoryCode}
          onChange={(categoryCode) => patch({ categoryCode })}
          data-testid="orgs-filter-category"
        />
      </Col>
      <Col {...col}>
        <RegionPicker
          root={me.regionCode}
          placeholder={t('orgs.filter.within')}
          value={query.within ?? null}
          onChange={(code) => patch({ within: code ?? undefined })}
          data-testid="orgs-filter-region"
        />
      </Col>
      {canReadUnits && (
        <Col {...col}>
          <SupervisorSelect
            within={me.regionCode}
            placeholder={t('orgField.supervisorUnitId')}
            value={query.supervisorUnitId}
            onChange={(id) => patch({ supervisorUnitId: id ?? undefined })}
            data-testid="orgs-filter-supervisor"
          />
        </Col>
      )}
    </>
  );
  const count = activeFilterCount(query);

  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={16} xl={12}>
        <Flex gap={8}>
          <Input.Search
            allowClear
            value={text}
            status={tooShort ? 'error' : undefined}
            placeholder={t('orgs.search.placeholder')}
            aria-describedby="orgs-search-help"
            onChange={(e) => {
              setText(e.target.value);
              if (e.target.value === '' && query.q) patch({ q: undefined });
              if (tooShort && !searchTextProblem(e.target.value)) setTooShort(false);
            }}
            onSearch={search}
            enterButton
            data-testid="orgs-search"
          />
          {phone && (
            <Badge count={count} size="small">
              <Button icon={<FilterOutlined />} onClick={() => setOpen((o) => !o)} data-testid="orgs-filters-toggle">
                {t('common.filters')}
              </Button>
            </Badge>
          )}
        </Flex>
        <Typography.Text
          id="orgs-search-help"
          type={tooShort ? 'danger' : 'secondary'}
          style={{ fontSize: 12 }}
          data-testid="orgs-search-help"
        >
          {t(tooShort ? 'orgs.search.tooShort' : 'orgs.search.help')}
        </Typography.Text>
      </Col>
      {(!phone || open) && others}
      {count > 0 && (
        <Col xs={24}>
          <Button
            size="small"
            type="link"
            style={{ paddingInline: 0 }}
            onClick={() => onChange({ q: query.q, sort: query.sort, order: query.order })}
            data-testid="orgs-filters-reset"
          >
            {t('orgs.filter.reset')}
          </Button>
        </Col>
      )}
    </Row>
  );
}
