import { useState } from 'react';
import { Button, Checkbox, Col, Flex, Input, InputNumber, Row, Select, Tag } from 'antd';
import { ANNUAL_REPORT_STATUSES, ANNUAL_REVIEW_STEPS, INSPECTION_CONCLUSIONS } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { hasStatusFilters, type QueueState } from './queue';

/** Everything goes to the API (the list is sorted by risk there); cycle and unit come from dashboard links. */
export function QueueFilters({ state, onChange }: { state: QueueState; onChange: (next: QueueState) => void }) {
  const t = useT();
  const [text, setText] = useState(state.q ?? '');
  const patch = (p: Partial<QueueState>) => onChange({ ...state, ...p });
  const col = { xs: 24, sm: 12, lg: 6 };
  const { tab: _tab, ...filters } = state;
  const any = Object.keys(filters).length > 0;
  const full = hasStatusFilters(state.tab);

  return (
    <Row gutter={[12, 12]} align="middle" style={{ marginBottom: 12 }}>
      <Col {...col}>
        <Input.Search
          allowClear
          value={text}
          placeholder={t('annualReview.filter.search')}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => patch({ q: v || undefined })}
          data-testid="annual-filter-search"
        />
      </Col>
      <Col {...col}>
        <InputNumber
          style={{ width: '100%' }}
          min={2000}
          max={2100}
          precision={0}
          placeholder={t('annualReview.filter.year')}
          value={state.year ?? null}
          onChange={(year) => patch({ year: year ?? undefined })}
          data-testid="annual-filter-year"
        />
      </Col>
      {full && (
        <>
          <Col {...col}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('annualReview.filter.status')}
              value={state.status}
              options={ANNUAL_REPORT_STATUSES.map((s) => ({ value: s, label: t(`annualReview.status.${s}`) }))}
              onChange={(status) => patch({ status })}
              data-testid="annual-filter-status"
            />
          </Col>
          <Col {...col}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('annualReview.filter.step')}
              value={state.step}
              options={ANNUAL_REVIEW_STEPS.map((s) => ({ value: s, label: t(`annualReview.step.${s}`) }))}
              onChange={(step) => patch({ step })}
              data-testid="annual-filter-step"
            />
          </Col>
          <Col {...col}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('annualReview.filter.conclusion')}
              value={state.conclusion}
              options={INSPECTION_CONCLUSIONS.map((c) => ({ value: c, label: t(`annualReview.conclusion.${c}`) }))}
              onChange={(conclusion) => patch({ conclusion })}
              data-testid="annual-filter-conclusion"
            />
          </Col>
        </>
      )}
      <Col xs={24} lg={full ? 18 : 12}>
        <Flex gap={8} wrap align="center">
          <Checkbox
            checked={!!state.overdue}
            onChange={(e) => patch({ overdue: e.target.checked || undefined })}
            data-testid="annual-filter-overdue"
          >
            {t('annualReview.filter.overdue')}
          </Checkbox>
          <Checkbox
            checked={!!state.clean}
            onChange={(e) => patch({ clean: e.target.checked || undefined })}
            data-testid="annual-filter-clean"
          >
            {t('annualReview.filter.clean')}
          </Checkbox>
          {state.cycleId && (
            <Tag closable onClose={() => patch({ cycleId: undefined })}>
              {t('annualReview.filter.cycle', { id: state.cycleId })}
            </Tag>
          )}
          {state.supervisorUnitId && (
            <Tag closable onClose={() => patch({ supervisorUnitId: undefined })}>
              {t('annualReview.filter.unit', { id: state.supervisorUnitId })}
            </Tag>
          )}
          {any && (
            <Button
              type="link"
              size="small"
              onClick={() => {
                setText('');
                onChange({ tab: state.tab });
              }}
              data-testid="annual-filters-reset"
            >
              {t('annualReview.filter.reset')}
            </Button>
          )}
        </Flex>
      </Col>
    </Row>
  );
}
