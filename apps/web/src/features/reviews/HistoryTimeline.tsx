import { Flex, Tag, Timeline, Typography } from 'antd';
import type { TApplicationDetail } from '@shezu/contracts';
import { isMessageKey, useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';

type Entry = TApplicationDetail['history'][number];

const COLORS: Record<string, string> = {
  approved: 'green',
  supervisor_approved: 'green',
  rejected: 'red',
  returned: 'orange',
  supervisor_returned: 'orange',
  withdrawn: 'gray',
};

/** Every step of the application with who took it, when, and the comment given. */
export function HistoryTimeline({ history }: { history: Entry[] }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Timeline
      data-testid="review-history"
      style={{ paddingTop: 8 }}
      items={history.map((h) => {
        const key = `reviews.history.${h.action}`;
        return {
          key: h.id,
          color: COLORS[h.action] ?? 'blue',
          content: (
            <Flex vertical gap={2} data-testid={`review-history-${h.id}`} data-action={h.action}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{isMessageKey(key) ? t(key) : h.action}</Typography.Text>
                {h.submissionNo > 0 && (
                  <Tag style={{ marginInlineEnd: 0 }}>{t('reviews.submissionNo', { no: h.submissionNo })}</Tag>
                )}
              </Flex>
              {h.comment && (
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
                  {t('reviews.history.comment', { comment: h.comment })}
                </Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('reviews.history.by', { actor: h.actorName, at: f.dateTime(h.at) })}
              </Typography.Text>
            </Flex>
          ),
        };
      })}
    />
  );
}
