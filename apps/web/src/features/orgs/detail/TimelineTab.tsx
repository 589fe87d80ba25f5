import { useMemo } from 'react';
import { Alert, Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { TOrg, TOrgEvent } from '@shezu/contracts';
import { useCan } from '../../../app/session';
import { errorText } from '../../../lib/errors';
import { isMessageKey, translate, useI18n, type TFunction } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { fetchRegion, regionKeys } from '../../regions/api';
import { fetchUnit } from '../../units/api';
import { fetchOrgEvents, orgKeys } from '../api';
import { changeLine, type ChangeLookups } from '../changes';
import { useCategories } from '../OrgSelects';

const COLORS: Record<string, string> = {
  registered: 'green',
  recorded: 'blue',
  imported: 'blue',
  changed: 'blue',
  corrected: 'gray',
  deregistered: 'gray',
  revoked: 'red',
  withdrawn: 'red',
};

/** The API's summary often just names the kind (in Chinese): then the tag says it already. */
function isKindName(event: TOrgEvent): boolean {
  const key = `orgEventKind.${event.kind}`;
  return isMessageKey(key) && translate('zh-CN', key) === event.summary;
}

export function eventKindLabel(t: TFunction, kind: string): string {
  const key = `orgEventKind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

/** Names for the coded values in the changes (regions and supervising units), fetched once each. */
function useLookups(events: TOrgEvent[], authorityRegionCode: string): ChangeLookups {
  const canReadUnits = useCan('units.read');
  const categories = useCategories(authorityRegionCode);
  const changes = events.flatMap((e) => e.changes);
  const values = (field: string) =>
    [...new Set(changes.filter((c) => c.field === field).flatMap((c) => [c.before, c.after]))].filter(
      (v) => v !== null && v !== undefined,
    );
  const regionCodes = values('regionCode').filter((v): v is string => typeof v === 'string');
  const unitIds = canReadUnits ? values('supervisorUnitId').filter((v): v is number => typeof v === 'number') : [];
  const regions = useQueries({
    queries: regionCodes.map((code) => ({
      queryKey: regionKeys.detail(code),
      queryFn: () => fetchRegion(code),
      staleTime: Infinity,
    })),
  });
  const units = useQueries({
    queries: unitIds.map((id) => ({
      queryKey: ['units', 'one', id],
      queryFn: () => fetchUnit(id),
      staleTime: 300_000,
    })),
  });
  return {
    category: (code) => categories.data?.find((c) => c.code === code)?.name,
    region: (code) => regions.find((r) => r.data?.code === code)?.data?.fullName,
    unit: (id) => units.find((u) => u.data?.id === id)?.data?.name,
  };
}

function EventItem({ event, lookups }: { event: TOrgEvent; lookups: ChangeLookups }) {
  const { t, lang } = useI18n();
  const f = useFormat();
  return (
    <Flex vertical gap={4} data-testid={`org-event-${event.id}`} data-kind={event.kind}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{f.date(event.occurredOn)}</Typography.Text>
        <Tag color={COLORS[event.kind]} style={{ marginInlineEnd: 0 }}>
          {eventKindLabel(t, event.kind)}
        </Tag>
        {event.public ? (
          <Tag color="cyan" style={{ marginInlineEnd: 0 }} data-testid="org-event-public">
            {t('orgs.timeline.public')}
          </Tag>
        ) : (
          <Tag style={{ marginInlineEnd: 0 }} data-testid="org-event-internal">
            {t('orgs.timeline.internal')}
          </Tag>
        )}
      </Flex>
      {event.summary && !isKindName(event) && <Typography.Text>{event.summary}</Typography.Text>}
      {event.changes.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="org-event-changes">
          {event.changes.map((c, i) => {
            const line = changeLine(c, { t, lang, lookups });
            return (
              <li key={`${c.field}-${i}`} data-field={c.field}>
                {t('orgs.timeline.change', { label: line.label, before: line.before, after: line.after })}
              </li>
            );
          })}
        </ul>
      )}
      {event.basis && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="org-event-basis">
          {t('orgs.timeline.basis', { basis: event.basis })}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {event.actorName
          ? t('orgs.timeline.recorded', { actor: event.actorName, at: f.dateTime(event.at) })
          : t('orgs.timeline.recordedAt', { at: f.dateTime(event.at) })}
      </Typography.Text>
    </Flex>
  );
}

/** 时间线: every registration event, newest first, public and internal ones marked. */
export default function TimelineTab({ org }: { org: TOrg }) {
  const { t, lang } = useI18n();
  const events = useQuery({ queryKey: orgKeys.events(org.id), queryFn: () => fetchOrgEvents(org.id) });
  const list = useMemo(() => events.data ?? [], [events.data]);
  const lookups = useLookups(list, org.authorityRegionCode);

  if (events.isPending) return <Skeleton active />;
  if (events.isError) return <Alert type="error" showIcon title={errorText(events.error, lang, t)} />;
  if (list.length === 0) return <Empty description={t('orgs.timeline.none')} />;
  return (
    <Timeline
      data-testid="org-timeline"
      style={{ paddingTop: 8 }}
      items={list.map((event) => ({
        key: event.id,
        color: COLORS[event.kind] ?? 'blue',
        content: <EventItem event={event} lookups={lookups} />,
      }))}
    />
  );
}
