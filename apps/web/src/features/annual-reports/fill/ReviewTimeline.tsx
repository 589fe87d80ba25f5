import { Empty, Timeline, Typography } from 'antd';
import type { TAnnualReportDetail } from '@shezu/contracts';
import { isMessageKey, useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';

const color = (action: string) =>
  action.endsWith('returned') ? 'orange' : action.endsWith('approved') || action === 'concluded' ? 'green' : 'blue';

/** 审查进度: each step of the joint review with who took it, when, and what they wrote. */
export function ReviewTimeline({ history }: { history: TAnnualReportDetail['history'] }) {
  const t = useT();
  const f = useFormat();
  if (history.length === 0) return <Empty description={t('annualReports.timeline.none')} />;
  return (
    <Timeline
      data-testid="report-history"
      items={history.map((h, i) => {
        const key = `annualReports.action.${h.action}`;
        return {
          key: i,
          color: color(h.action),
          content: (
            <div data-testid={`history-${i}`}>
              <Typography.Text strong>{isMessageKey(key) ? t(key) : h.action}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('annualReports.timeline.by', { actor: h.actorName ?? '—', at: f.dateTime(h.at) })}
                </Typography.Text>
              </div>
              {h.comment && (
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                  {t('annualReports.timeline.comment', { comment: h.comment })}
                </Typography.Paragraph>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
