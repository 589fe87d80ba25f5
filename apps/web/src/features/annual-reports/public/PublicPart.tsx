import { Collapse, Descriptions, Grid, Typography } from 'antd';
import type { TPublicInspectionResult } from '@shezu/contracts';
import { useI18n } from '../../../lib/i18n';
import { useValueText } from '../fill/valueText';

type Item = TPublicInspectionResult['publicPart'][number];
const TYPES = ['number', 'money', 'text', 'date', 'choice', 'bool', 'rows', 'file'] as const;
const typeOf = (t: string) => ((TYPES as readonly string[]).includes(t) ? (t as (typeof TYPES)[number]) : 'text');

/** 年度报告公开部分: the published indicators as label and value, folded until asked for. */
export function PublicPart({ items, testId }: { items: Item[]; testId?: string }) {
  const { t, lang } = useI18n();
  const text = useValueText();
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Collapse
      size="small"
      ghost
      data-testid={testId}
      items={[
        {
          key: 'part',
          label: t('annualReports.public.part'),
          children:
            items.length === 0 ? (
              <Typography.Text type="secondary">{t('annualReports.public.partEmpty')}</Typography.Text>
            ) : (
              <Descriptions
                bordered
                size="small"
                layout={phone ? 'vertical' : 'horizontal'}
                column={{ xs: 1, sm: 1, md: 2 }}
                items={items.map((i) => ({
                  key: i.code,
                  label: lang === 'en' ? i.labelEn : i.labelZh,
                  children: (
                    <span style={{ wordBreak: 'break-word' }} data-testid={`public-value-${i.code}`}>
                      {/* Choices are shown by their label, which only the server knows for a published item. */}
                      {lang !== 'en' && (i.type === 'choice' || i.type === 'rows')
                        ? i.text
                        : text({ type: typeOf(i.type) }, i.value)}
                    </span>
                  ),
                }))}
              />
            ),
        },
      ]}
    />
  );
}
