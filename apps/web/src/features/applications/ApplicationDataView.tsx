import { Descriptions, Grid } from 'antd';
import type { ApplicationKind } from '@shezu/contracts';
import { useI18n } from '../../lib/i18n';
import { shapeOf, visibleFields } from './dataFields';
import { fieldLabel, useFieldValue } from './useFieldValue';

export interface ApplicationDataViewProps {
  kind: ApplicationKind;
  /** The application's `data` as the API returns it (ID numbers and phones already masked). */
  data: Record<string, unknown>;
  /** Names of supervising units by id, when the caller knows them (the data holds only the id). */
  unitNames?: Record<number, string>;
}

/**
 * Read-only view of an application's form: every field of its kind with its label (a change: the fields
 * it changes), money in 元, dates the Chinese way, regions and categories by name.
 */
export function ApplicationDataView({ kind, data, unitNames }: ApplicationDataViewProps) {
  const { t } = useI18n();
  const phone = Grid.useBreakpoint().md === false;
  const authority = typeof data.authorityRegionCode === 'string' ? data.authorityRegionCode : null;
  const show = useFieldValue({ kind, authorityRegionCode: authority, unitNames });

  const items = visibleFields(kind, data).map((field) => ({
    key: field,
    label: fieldLabel(t, kind, field, data.type),
    children: <span data-testid={`application-data-${field}`}>{show(field, data[field])}</span>,
    span: shapeOf(field) === 'longText' ? ('filled' as const) : undefined,
  }));

  return (
    <Descriptions
      layout={phone ? 'vertical' : 'horizontal'}
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={items}
      data-testid="application-data"
    />
  );
}
