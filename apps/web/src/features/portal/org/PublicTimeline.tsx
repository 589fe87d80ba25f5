import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { isMessageKey, translate, useI18n } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { fetchCategories, orgKeys } from '../../orgs/api';
import { changeLine, type ChangeLookups } from '../../orgs/changes';
import type { PublicOrgEvent } from '../api';

const COLORS: Record<string, string> = {
  registered: 'green',
  changed: 'blue',
  deregistered: 'gray',
  revoked: 'red',
  withdrawn: 'red',
};

/** The API's summary often only names the kind (in Chinese): the tag says that already. */
const isKindName = (e: PublicOrgEvent) => {
  const key = `orgEventKind.${e.kind}`;
  return isMessageKey(key) && translate('zh-CN', key) === e.summary;
};

/** Category codes in the changes are named from the public dictionary of the organization's region. */
function useLookups(events: PublicOrgEvent[], regionCode: string): ChangeLookups {
  const needed = events.some((e) => e.changes.some((c) => c.field === 'categoryCode'));
  const code = regionCode.length > 6 ? regionCode.slice(0, 6) : regionCode;
  const categories = useQuery({
    queryKey: orgKeys.categories(code),
    queryFn: () => fetchCategories(code),
    enabled: needed,
    staleTime: 300_000,
  });
  return { category: (c) => categories.data?.find((x) => x.code === c)?.name };
}

function EventItem({ event, lookups }: { event: PublicOrgEvent; lookups: ChangeLookups }) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const kindKey = `orgEventKind.${event.kind}` as const;
  return (
    <Flex vertical gap={4} data-testid="portal-event" data-kind={event.kind}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{f.date(event.occurredOn)}</Typography.Text>
        <Tag color={COLORS[event.kind]} style={{ marginInlineEnd: 0 }}>
          {t(kindKey)}
        </Tag>
      </Flex>
      {event.summary && !isKindName(event) && <Typography.Text>{event.summary}</Typography.Text>}
      {event.changes.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {event.changes.map((c, i) => {
            const line = changeLine(c, { t, lang, lookups });
            return (
              <li key={`${c.field}-${i}`} data-field={c.field}>
                {t('portal.timeline.change', { label: line.label, before: line.before, after: line.after })}
              </li>
            );
          })}
        </ul>
      )}
      {event.basis && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('portal.timeline.basis', { basis: event.basis })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** 登记事项: the public part of the organization's history, newest first, without who recorded it. */
export function PublicTimeline({ events, regionCode }: { events: PublicOrgEvent[]; regionCode: string }) {
  const { t } = useI18n();
  const lookups = useLookups(events, regionCode);
  if (events.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.timeline.none')} />;
  return (
    <Timeline
      data-testid="portal-timeline"
      style={{ paddingTop: 8 }}
      items={events.map((event, i) => ({
        key: i,
        color: COLORS[event.kind] ?? 'blue',
        content: <EventItem event={event} lookups={lookups} />,
      }))}
    />
  );
}
