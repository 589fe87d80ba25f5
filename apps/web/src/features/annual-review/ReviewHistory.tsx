import { Empty, Flex, List, Tag, Timeline, Typography } from 'antd';
import type { TAnnualReportDetail } from '@shezu/contracts';
import { isMessageKey, useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { labelOf, type ReportView } from './reportModel';

const COLORS: Record<string, string> = {
  supervisor_approved: 'green',
  party_approved: 'green',
  concluded: 'green',
  supervisor_returned: 'orange',
  party_returned: 'orange',
  authority_returned: 'orange',
};

/** Every step with who took it, when, the comment and the comments attached to indicators. */
export function ReviewHistory({ r, view }: { r: TAnnualReportDetail; view: ReportView }) {
  const { t, lang } = useI18n();
  const f = useFormat();
  if (r.history.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('annualReview.history.empty')} />;
  return (
    <Timeline
      data-testid="annual-history"
      style={{ paddingTop: 8 }}
      items={r.history.map((h, i) => {
        const key = `annualReview.history.${h.action}`;
        const notes = Object.entries(h.indicatorComments);
        return {
          key: i,
          color: COLORS[h.action] ?? 'blue',
          content: (
            <Flex vertical gap={2} data-testid={`annual-history-${i}`} data-action={h.action}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{isMessageKey(key) ? t(key) : h.action}</Typography.Text>
                {h.submissionNo > 0 && (
                  <Tag style={{ marginInlineEnd: 0 }}>
                    {t('annualReview.header.submission', { no: h.submissionNo })}
                  </Tag>
                )}
              </Flex>
              {h.comment && (
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
                  {t('annualReview.history.comment', { comment: h.comment })}
                </Typography.Text>
              )}
              {notes.length > 0 && (
                <ul style={{ margin: 0, paddingInlineStart: 18, fontSize: 13 }}>
                  {notes.map(([code, text]) => {
                    const ind = view.byCode.get(code);
                    return (
                      <li key={code}>
                        {t('annualReview.history.indicatorComment', {
                          label: ind ? labelOf(ind, lang) : code,
                          comment: text,
                        })}
                      </li>
                    );
                  })}
                </ul>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('annualReview.history.by', { actor: h.actorName ?? '—', at: f.dateTime(h.at) })}
              </Typography.Text>
            </Flex>
          ),
        };
      })}
    />
  );
}

/** The submissions of the report, newest first. */
export function VersionsList({ r }: { r: TAnnualReportDetail }) {
  const t = useI18n().t;
  const f = useFormat();
  if (r.versions.length === 0)
    return <Typography.Text type="secondary">{t('annualReview.versions.empty')}</Typography.Text>;
  return (
    <List
      size="small"
      data-testid="annual-versions"
      dataSource={[...r.versions].sort((a, b) => b.no - a.no)}
      renderItem={(v) => (
        <List.Item>
          {t('annualReview.versions.item', { no: v.no, at: f.dateTime(v.submittedAt), by: v.submittedByName ?? '—' })}
        </List.Item>
      )}
    />
  );
}
