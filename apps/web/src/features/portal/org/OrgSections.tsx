import { useMemo } from 'react';
import { Card, Descriptions, Flex, Grid, Typography } from 'antd';
import { isMessageKey, useT, type TFunction } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import type { PublicOrgSection } from '../api';
import { sectionBlock, sectionValueText, type SectionEntry, type ValueFormat } from './sectionData';

/** A key the register knows has its name in the catalogue; any other shows as the API names it. */
function entryLabel(t: TFunction, e: SectionEntry): string {
  if (e.label) return e.label;
  const key = `orgField.${e.key}`;
  return isMessageKey(key) ? t(key) : e.key;
}

function Entries({ entries, fmt }: { entries: SectionEntry[]; fmt: ValueFormat }) {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Descriptions
      bordered
      size="small"
      layout={phone ? 'vertical' : 'horizontal'}
      column={{ xs: 1, sm: 1, md: 2 }}
      items={entries.map((e) => ({
        key: e.key,
        label: entryLabel(t, e),
        children: <span style={{ wordBreak: 'break-word' }}>{sectionValueText(e.value, fmt, e.key)}</span>,
      }))}
    />
  );
}

/** What later modules add to the org page (inspection results, lists, penalties …), shown without knowing them. */
export function OrgSections({ sections }: { sections: PublicOrgSection[] }) {
  const t = useT();
  const f = useFormat();
  const fmt = useMemo<ValueFormat>(
    () => ({
      date: f.date,
      dateTime: (v) => f.dateTime(v),
      number: (v) => f.number(v, Number.isInteger(v) ? 0 : 2),
      yes: t('portal.yes'),
      no: t('portal.no'),
    }),
    [f, t],
  );
  if (sections.length === 0) return null;
  return (
    <>
      {sections.map((s) => {
        const block = sectionBlock(s.data);
        return (
          <Card key={s.key} title={s.title} style={{ marginBottom: 12 }} data-testid={`portal-section-${s.key}`}>
            {block.kind === 'entries' && <Entries entries={block.entries} fmt={fmt} />}
            {block.kind === 'records' &&
              (block.records.length === 0 ? (
                <Typography.Text type="secondary">{t('portal.org.sectionEmpty')}</Typography.Text>
              ) : (
                <Flex vertical gap={12}>
                  {block.records.map((entries, i) => (
                    <Entries key={i} entries={entries} fmt={fmt} />
                  ))}
                </Flex>
              ))}
            {block.kind === 'value' && (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {sectionValueText(block.value, fmt)}
              </Typography.Paragraph>
            )}
          </Card>
        );
      })}
    </>
  );
}
