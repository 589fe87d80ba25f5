import { Alert, Descriptions, Flex, Tag, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import type { TActivityDetail } from '@shezu/contracts';
import { useI18n } from '../../lib/i18n';
import { formatYuan } from '../../lib/money';
import { useFormat } from '../../lib/useFormat';

/** The reasons staff gave (refusal, return, unpublishing): the organization must see them first. */
export function ActivityReasons({ a }: { a: TActivityDetail }) {
  const { t } = useI18n();
  const shown: [string, string | null, boolean][] = [
    [t('act.detail.refused'), a.decisionReason, a.status === 'approval_refused'],
    [t('act.detail.returned'), a.returnReason, a.status === 'returned'],
    [t('act.detail.unpublished'), a.unpublishReason, a.status === 'unpublished'],
  ];
  return (
    <>
      {shown
        .filter(([, reason, on]) => on && reason)
        .map(([label, reason]) => (
          <Alert
            key={label}
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={label}
            description={reason}
            data-testid="act-reason"
          />
        ))}
    </>
  );
}

/** What the activity is, and (once finished) its summary and attendance; attendee names marked private. */
export function ActivityFacts({ a }: { a: TActivityDetail }) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const none = t('act.detail.none');
  return (
    <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered data-testid="act-facts">
      <Descriptions.Item label={t('act.detail.org')}>{a.orgName}</Descriptions.Item>
      <Descriptions.Item label={t('act.form.kind')}>{t(`act.kind.${a.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t('act.form.dates')}>
        {f.date(a.startsOn)}
        {a.endsOn !== a.startsOn ? ` – ${f.date(a.endsOn)}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('act.form.place')}>{a.place}</Descriptions.Item>
      <Descriptions.Item label={t('act.form.expected')}>{f.number(a.expectedParticipants)}</Descriptions.Item>
      <Descriptions.Item label={t('act.form.budget')}>{formatYuan(a.budgetFen, lang)}</Descriptions.Item>
      <Descriptions.Item label={t('act.form.partners')} span="filled">
        {a.partners.length === 0 ? none : a.partners.map((p) => `${p.name}${p.role ? `（${p.role}）` : ''}`).join('、')}
      </Descriptions.Item>
      {a.approvalRequired && (
        <Descriptions.Item label={t('act.detail.approvalDue')}>
          <Flex gap={4} wrap>
            {a.approvalDueOn ? f.date(a.approvalDueOn) : none}
            {a.approvalLate && <Tag color="orange">{t('act.late')}</Tag>}
          </Flex>
        </Descriptions.Item>
      )}
      {a.decidedOn && (
        <Descriptions.Item label={t('act.detail.decided')}>
          {f.date(a.decidedOn)} {a.decidedByName}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('act.form.description')} span="filled">
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{a.description}</Typography.Paragraph>
      </Descriptions.Item>
      {a.summary !== null && (
        <Descriptions.Item label={t('act.detail.summary')} span="filled">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="act-summary">
            {a.summary}
          </Typography.Paragraph>
        </Descriptions.Item>
      )}
      {a.attendance !== null && (
        <Descriptions.Item label={t('act.detail.attendance')}>{f.number(a.attendance)}</Descriptions.Item>
      )}
      {a.attendees.length > 0 && (
        <Descriptions.Item
          label={
            <span>
              {t('act.detail.attendees')} <Tag icon={<LockOutlined />}>{t('act.detail.private')}</Tag>
            </span>
          }
          span="filled"
        >
          <span data-testid="act-attendees">{a.attendees.join('、')}</span>
        </Descriptions.Item>
      )}
      {a.status === 'published' && (
        <Descriptions.Item label={t('act.stats.views')} span="filled">
          {t('act.detail.counts', { views: a.viewCount, shares: a.shareCount, likes: a.likeCount })}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
