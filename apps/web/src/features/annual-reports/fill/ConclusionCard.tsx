import { Card, Flex, Typography } from 'antd';
import type { TAnnualReportDetail } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { ConclusionTag } from '../ReportTags';

/** The authority's conclusion, its reasons and the rectification items with their deadlines. */
export function ConclusionCard({ detail }: { detail: TAnnualReportDetail }) {
  const t = useT();
  const f = useFormat();
  if (detail.status !== 'concluded' || !detail.conclusion) return null;
  return (
    <Card title={t('annualReports.conclusionCard.title')} data-testid="report-conclusion" style={{ marginBottom: 12 }}>
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <ConclusionTag conclusion={detail.conclusion} large />
          <Typography.Text type="secondary">
            {detail.authorityName} · {t('annualReports.conclusionCard.on', { date: f.date(detail.concludedAt) })}
          </Typography.Text>
        </Flex>
        {detail.conclusionReasons && (
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {t('annualReports.conclusionCard.reasons', { reasons: detail.conclusionReasons })}
          </Typography.Paragraph>
        )}
        {detail.rectifications.length > 0 && (
          <Flex vertical gap={6} data-testid="report-rectifications">
            <Typography.Text strong>{t('annualReports.conclusionCard.rectifications')}</Typography.Text>
            {detail.rectifications.map((r, i) => (
              <Flex key={i} vertical style={{ minWidth: 0 }}>
                <span style={{ wordBreak: 'break-word' }}>
                  {i + 1}. {r.item}
                </span>
                <Typography.Text type="warning" style={{ fontSize: 13 }}>
                  {t('annualReports.conclusionCard.dueBy', { date: f.date(r.dueDate) })}
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
