import { Timeline, Typography } from 'antd';
import type { TApplicationDetail } from '@shezu/contracts';
import { isMessageKey, useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';

const COLORS: Record<string, string> = {
  approved: 'green',
  supervisor_approved: 'green',
  rejected: 'red',
  returned: 'orange',
  supervisor_returned: 'orange',
  withdrawn: 'gray',
};

/** 办理记录: every step with who took it, when, and what they wrote. */
export function HistoryTimeline({ history }: { history: TApplicationDetail['history'] }) {
  const t = useT();
  const f = useFormat();
  return (
    <Timeline
      data-testid="application-history"
      items={history.map((h) => {
        const key = `applicationHistory.${h.action}`;
        return {
          key: h.id,
          color: COLORS[h.action] ?? 'blue',
          content: (
            <div data-testid={`history-${h.id}`}>
              <Typography.Text strong>{isMessageKey(key) ? t(key) : h.action}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('applications.history.by', { actor: h.actorName, at: f.dateTime(h.at) })}
                  {h.step && ` · ${t(`applicationStep.${h.step}`)}`}
                </Typography.Text>
              </div>
              {h.comment && (
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                  {t('applications.history.comment', { comment: h.comment })}
                </Typography.Paragraph>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
