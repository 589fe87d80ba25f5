import type { HTMLAttributes } from 'react';
import { Card, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { IndicatorValue, RowValue, TIndicator } from '@shezu/contracts';
import { useI18n } from '../../lib/i18n';
import { IndicatorComment } from './IndicatorComment';
import { changePercent, formatChange, isNumeric, labelOf, type ReportView } from './reportModel';
import { useValueFormatter } from './useValueFormatter';

export interface Annotations {
  comments: Record<string, string>;
  onChange: (code: string, text: string | null) => void;
}

/** A table-rows indicator (e.g. 重大活动) as a small table of its own. */
function RowsTable({ ind, rows }: { ind: TIndicator; rows: RowValue[] }) {
  const { t, lang } = useI18n();
  const fmt = useValueFormatter();
  if (rows.length === 0) return <>{t('annualReview.values.noRows')}</>;
  return (
    <Table<RowValue & { _i: number }>
      size="small"
      pagination={false}
      rowKey="_i"
      dataSource={rows.map((r, i) => ({ ...r, _i: i }))}
      columns={(ind.columns ?? []).map((c) => ({
        key: c.code,
        title: labelOf(c, lang),
        render: (_: unknown, r: RowValue) => fmt(c.type, r[c.code] ?? null),
      }))}
      data-testid={`annual-rows-${ind.code}`}
    />
  );
}

function ValueCell({ ind, v }: { ind: TIndicator; v: IndicatorValue | undefined }) {
  const fmt = useValueFormatter();
  if (ind.type === 'rows') return <RowsTable ind={ind} rows={Array.isArray(v) ? (v as RowValue[]) : []} />;
  const text = fmt(ind.type, v ?? null, ind.options);
  return (
    <span style={{ whiteSpace: ind.type === 'text' ? 'pre-wrap' : undefined, fontVariantNumeric: 'tabular-nums' }}>
      {text}
    </span>
  );
}

/** The report read-only, section by section: label, 行次, this year, last year and the change. */
export function ReportValues({ view, annotations }: { view: ReportView; annotations: Annotations | null }) {
  const { t, lang } = useI18n();
  const prev = view.previous;
  const columns: TableColumnsType<TIndicator> = [
    {
      title: t('annualReview.values.item'),
      key: 'label',
      render: (_, ind) => (
        <Flex vertical gap={2}>
          <Flex gap={4} align="center" wrap>
            <span>{labelOf(ind, lang)}</span>
            {ind.formula && <Tag bordered={false}>{t('annualReview.values.computed')}</Tag>}
            {annotations && (
              <IndicatorComment
                code={ind.code}
                value={annotations.comments[ind.code]}
                onChange={annotations.onChange}
              />
            )}
          </Flex>
          {annotations?.comments[ind.code] && (
            <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid={`annual-comment-text-${ind.code}`}>
              {annotations.comments[ind.code]}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('annualReview.values.line'), key: 'line', width: 56, align: 'center', render: (_, i) => i.line ?? '' },
    {
      title: t('annualReview.values.current'),
      key: 'current',
      align: 'right',
      render: (_, ind) => <ValueCell ind={ind} v={view.values[ind.code]} />,
    },
  ];
  if (prev)
    columns.push(
      {
        title: t('annualReview.values.previous'),
        key: 'previous',
        align: 'right',
        render: (_, ind) => (isNumeric(ind) ? <ValueCell ind={ind} v={prev[ind.code]} /> : null),
      },
      {
        title: t('annualReview.values.change'),
        key: 'change',
        width: 80,
        align: 'right',
        render: (_, ind) =>
          isNumeric(ind) ? (
            <span data-testid={`annual-change-${ind.code}`}>
              {formatChange(changePercent(view.values[ind.code], prev[ind.code]), lang)}
            </span>
          ) : null,
      },
    );

  return (
    <Flex vertical gap={16} data-testid="annual-values">
      {view.sections.map(({ section, indicators }) => (
        <Card
          key={section}
          size="small"
          title={t(`annualReview.section.${section}`)}
          data-testid={`annual-section-${section}`}
        >
          <Table<TIndicator>
            size="small"
            rowKey="code"
            pagination={false}
            columns={columns}
            dataSource={indicators}
            scroll={{ x: 'max-content' }}
            onRow={(ind) => ({ 'data-testid': `annual-value-${ind.code}` }) as HTMLAttributes<HTMLElement>}
          />
        </Card>
      ))}
    </Flex>
  );
}
