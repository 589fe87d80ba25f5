import { Alert, Flex, Typography } from 'antd';
import type { TRiskFlag } from '@shezu/contracts';
import { formatNumber } from '../../../lib/format';
import { useI18n, type Lang } from '../../../lib/i18n';
import { formatYuan } from '../../../lib/money';
import { useFormat } from '../../../lib/useFormat';

type Figure = TRiskFlag['numbers'][number];

function figureText(n: Figure, lang: Lang, date: (v: string) => string): string {
  const v = n.value;
  if (v === null) return '—';
  if (typeof v === 'number') {
    if (n.format === 'money') return formatYuan(v, lang);
    if (n.format === 'percent') return `${formatNumber(v * 100, lang, 1)}%`;
    return formatNumber(v, lang, Number.isInteger(v) ? 0 : 2);
  }
  if (typeof v === 'string' && n.format === 'date') return date(v);
  return String(v);
}

/** Risk flags do not block submission: shown as information, with the figures behind each. */
export function RiskPanel({ risks }: { risks: TRiskFlag[] }) {
  const { t, lang } = useI18n();
  const f = useFormat();
  if (risks.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="risk-panel"
      title={t('annualReports.check.risks')}
      description={
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('annualReports.check.riskHint')}</Typography.Text>
          {risks.map((r) => (
            <div key={r.code} data-testid={`risk-${r.code}`}>
              <Typography.Text strong>{lang === 'en' ? r.labelEn : r.labelZh}</Typography.Text>
              <div>{lang === 'en' ? r.explanationEn : r.explanationZh}</div>
              {r.numbers.length > 0 && (
                <Flex gap="2px 16px" wrap style={{ fontSize: 13 }}>
                  {r.numbers.map((n, i) => (
                    <span key={i}>
                      {t('annualReports.check.figure', {
                        label: lang === 'en' ? n.labelEn : n.labelZh,
                        value: figureText(n, lang, f.date),
                      })}
                    </span>
                  ))}
                </Flex>
              )}
              {r.basis && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('annualReports.check.basis', { basis: r.basis })}
                </Typography.Text>
              )}
            </div>
          ))}
        </Flex>
      }
    />
  );
}
