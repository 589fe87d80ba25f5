import { useState } from 'react';
import { Button, Col, Input, Row, Select } from 'antd';
import { CREDIT_LISTING_STATUSES, GROUNDS, CREDIT_GROUNDS, type CreditGround } from '@shezu/contracts';
import { RegionPicker } from '../../components/RegionPicker';
import { useT } from '../../lib/i18n';
import type { ListingFilter } from './api';

/** Status, ground (of the list on show), region and a name or credit code. */
export function ListingFilters({
  filter,
  onChange,
  regionRoot,
}: {
  filter: ListingFilter;
  onChange: (next: ListingFilter) => void;
  regionRoot?: string | null;
}) {
  const t = useT();
  const [text, setText] = useState(filter.q ?? '');
  const patch = (p: Partial<ListingFilter>) => onChange({ ...filter, ...p });
  const grounds = CREDIT_GROUNDS.filter((g: CreditGround) => !filter.list || GROUNDS[g].list === filter.list);
  const any = !!(filter.q || filter.status || filter.ground || filter.region);
  const col = { xs: 24, sm: 12, lg: 6 };
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      <Col {...col}>
        <Input.Search
          allowClear
          value={text}
          placeholder={t('credit.filter.search')}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => patch({ q: v.trim() || undefined })}
          data-testid="credit-filter-search"
        />
      </Col>
      <Col {...col}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('credit.filter.status')}
          value={filter.status}
          options={CREDIT_LISTING_STATUSES.map((s) => ({ value: s, label: t(`credit.status.${s}`) }))}
          onChange={(status) => patch({ status })}
          data-testid="credit-filter-status"
        />
      </Col>
      <Col {...col}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('credit.filter.ground')}
          value={filter.ground}
          options={grounds.map((g) => ({ value: g, label: t(`credit.ground.${g}`) }))}
          onChange={(ground) => patch({ ground })}
          popupMatchSelectWidth={false}
          data-testid="credit-filter-ground"
        />
      </Col>
      <Col {...col}>
        <RegionPicker
          root={regionRoot}
          value={filter.region ?? null}
          onChange={(code) => patch({ region: code ?? undefined })}
          placeholder={t('credit.filter.region')}
          data-testid="credit-filter-region"
        />
      </Col>
      {any && (
        <Col xs={24}>
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() => {
              setText('');
              onChange({ list: filter.list });
            }}
            data-testid="credit-filters-reset"
          >
            {t('credit.filter.reset')}
          </Button>
        </Col>
      )}
    </Row>
  );
}
