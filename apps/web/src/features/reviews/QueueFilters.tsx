import { useState } from 'react';
import { Button, Checkbox, Col, Input, Row, Select } from 'antd';
import { APPLICATION_KINDS, APPLICATION_STEPS } from '@shezu/contracts';
import { RegionPicker } from '../../components/RegionPicker';
import { useMe } from '../../app/session';
import { useT } from '../../lib/i18n';
import { hasStepFilter, isPendingTab, type QueueState } from './queue';

/** Kind, step and overdue go to the API; the text and region narrow the loaded rows. */
export function QueueFilters({ state, onChange }: { state: QueueState; onChange: (next: QueueState) => void }) {
  const t = useT();
  const me = useMe();
  const [text, setText] = useState(state.q ?? '');
  const patch = (p: Partial<QueueState>) => onChange({ ...state, ...p });
  const col = { xs: 24, sm: 12, lg: 6 };
  const any = !!(state.kind || state.step || state.overdue || state.q || state.within);

  return (
    <Row gutter={[12, 12]} align="middle" style={{ marginBottom: 12 }}>
      <Col {...col}>
        <Input.Search
          allowClear
          value={text}
          placeholder={t('reviews.filter.search')}
          onChange={(e) => {
            setText(e.target.value);
            patch({ q: e.target.value || undefined });
          }}
          onSearch={(v) => patch({ q: v || undefined })}
          data-testid="reviews-filter-search"
        />
      </Col>
      <Col {...col}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('reviews.filter.kind')}
          value={state.kind}
          options={APPLICATION_KINDS.map((k) => ({ value: k, label: t(`applicationKind.${k}`) }))}
          onChange={(kind) => patch({ kind })}
          data-testid="reviews-filter-kind"
        />
      </Col>
      <Col {...col}>
        <RegionPicker
          root={me.regionCode}
          placeholder={t('reviews.filter.region')}
          value={state.within ?? null}
          onChange={(code) => patch({ within: code ?? undefined })}
          data-testid="reviews-filter-region"
        />
      </Col>
      {hasStepFilter(state.tab) && (
        <Col {...col}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('reviews.filter.step')}
            value={state.step}
            options={APPLICATION_STEPS.map((s) => ({ value: s, label: t(`applicationStep.${s}`) }))}
            onChange={(step) => patch({ step })}
            data-testid="reviews-filter-step"
          />
        </Col>
      )}
      {(isPendingTab(state.tab) || any) && (
        <Col xs={24} sm={12} lg={6}>
          {isPendingTab(state.tab) && (
            <Checkbox
              checked={!!state.overdue}
              onChange={(e) => patch({ overdue: e.target.checked || undefined })}
              data-testid="reviews-filter-overdue"
            >
              {t('reviews.filter.overdue')}
            </Checkbox>
          )}
          {any && (
            <Button
              type="link"
              size="small"
              onClick={() => {
                setText('');
                onChange({ tab: state.tab });
              }}
              data-testid="reviews-filters-reset"
            >
              {t('reviews.filter.reset')}
            </Button>
          )}
        </Col>
      )}
    </Row>
  );
}
