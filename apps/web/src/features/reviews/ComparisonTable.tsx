import type { ReactNode } from 'react';
import { Table, Tag } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import type { ApplicationKind } from '@shezu/contracts';
import { isMessageKey, useT } from '../../lib/i18n';
import { fieldLabelKey } from '../applications/dataFields';
import { DiffValue } from './DiffValue';

export interface ComparisonRow {
  field: string;
  before: unknown;
  after: unknown;
  same?: boolean;
}

/** Field by field, before → after; the table scrolls sideways on a phone rather than squeezing the values. */
export function ComparisonTable({
  kind,
  rows,
  authorityRegionCode,
  beforeTitle,
  afterTitle,
  testId,
}: {
  kind: ApplicationKind;
  rows: ComparisonRow[];
  authorityRegionCode: string | null;
  beforeTitle: ReactNode;
  afterTitle: ReactNode;
  testId: string;
}) {
  const t = useT();
  const value = (field: string, v: unknown) => (
    <DiffValue field={field} value={v} authorityRegionCode={authorityRegionCode} />
  );
  return (
    <Table<ComparisonRow>
      rowKey="field"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
      dataSource={rows}
      onRow={(r) => ({ 'data-field': r.field }) as object}
      columns={[
        {
          title: t('reviews.register.field'),
          key: 'field',
          width: 160,
          render: (_, r) => {
            if (r.field === 'attachments') return t('reviews.versions.attachments');
            const key = fieldLabelKey(kind, r.field);
            return isMessageKey(key) ? t(key) : r.field;
          },
        },
        { title: beforeTitle, key: 'before', width: 260, render: (_, r) => value(r.field, r.before) },
        { key: 'arrow', width: 32, render: () => <ArrowRightOutlined style={{ color: '#8c8c8c' }} /> },
        {
          title: afterTitle,
          key: 'after',
          width: 260,
          render: (_, r) => (
            <>
              <strong>{value(r.field, r.after)}</strong>
              {r.same && (
                <Tag style={{ marginInlineStart: 8 }} data-testid="comparison-same">
                  {t('reviews.register.same')}
                </Tag>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
