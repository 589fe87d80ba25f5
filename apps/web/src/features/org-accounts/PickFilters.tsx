import { useState } from 'react';
import { Col, Input, Row, Select, Typography } from 'antd';
import { REGISTERED_ORG_TYPES } from '@shezu/contracts';
import { RegionPicker } from '../../components/RegionPicker';
import { useCan, useMe } from '../../app/session';
import { useT } from '../../lib/i18n';
import { searchTextProblem, type OrgListQuery } from '../orgs/filters';
import { CategorySelect, SupervisorSelect } from '../orgs/OrgSelects';

/** The register's filters that the bulk issue understands, plus a name search to find single organizations. */
export function PickFilters({ filter, onChange }: { filter: OrgListQuery; onChange: (next: OrgListQuery) => void }) {
  const t = useT();
  const me = useMe();
  const canReadUnits = useCan('units.read');
  const [text, setText] = useState(filter.q ?? '');
  const [tooShort, setTooShort] = useState(false);
  const patch = (p: Partial<OrgListQuery>) => onChange({ ...filter, ...p });
  const col = { xs: 24, sm: 12, lg: 6 };

  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      <Col xs={24} lg={12}>
        <Input.Search
          allowClear
          value={text}
          status={tooShort ? 'error' : undefined}
          placeholder={t('orgs.search.placeholder')}
          onChange={(e) => {
            setText(e.target.value);
            if (e.target.value === '' && filter.q) patch({ q: undefined });
          }}
          onSearch={(v) => {
            const q = v.trim();
            setTooShort(!!searchTextProblem(q));
            if (!searchTextProblem(q)) patch({ q: q || undefined });
          }}
          enterButton
          data-testid="org-accounts-search"
        />
        <Typography.Text type={tooShort ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {t(tooShort ? 'orgs.search.tooShort' : 'orgs.search.help')}
        </Typography.Text>
      </Col>
      <Col xs={24} sm={12} lg={12}>
        <RegionPicker
          root={me.regionCode}
          placeholder={t('orgs.filter.within')}
          value={filter.within ?? null}
          onChange={(code) => patch({ within: code ?? undefined })}
          data-testid="org-accounts-filter-region"
        />
      </Col>
      <Col {...col}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('orgField.type')}
          value={filter.type}
          options={REGISTERED_ORG_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))}
          onChange={(type) => patch({ type })}
          data-testid="org-accounts-filter-type"
        />
      </Col>
      <Col {...col}>
        <CategorySelect
          allowClear
          regionCode={me.regionCode}
          placeholder={t('orgField.categoryCode')}
          value={filter.categoryCode}
          onChange={(categoryCode) => patch({ categoryCode })}
          data-testid="org-accounts-filter-category"
        />
      </Col>
      {canReadUnits && (
        <Col {...col}>
          <SupervisorSelect
            within={me.regionCode}
            placeholder={t('orgField.supervisorUnitId')}
            value={filter.supervisorUnitId}
            onChange={(id) => patch({ supervisorUnitId: id ?? undefined })}
            data-testid="org-accounts-filter-supervisor"
          />
        </Col>
      )}
    </Row>
  );
}
