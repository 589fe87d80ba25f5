import { useState } from 'react';
import { Alert, Button, Flex, Input, Typography } from 'antd';
import type { TIndicatorSetDefinition } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import { changeCount, type ListName, type Problem } from './draft';

/** The note and the save of the whole draft as the next version. */
export function SaveBar({
  saved,
  draft,
  saving,
  onSave,
  onDiscard,
}: {
  saved: TIndicatorSetDefinition;
  draft: TIndicatorSetDefinition;
  saving: boolean;
  onSave: (note: string) => void;
  onDiscard: () => void;
}) {
  const t = useT();
  const [note, setNote] = useState('');
  const changes = changeCount(saved, draft);
  if (changes === 0) return null;
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="indicator-save-bar">
      <Typography.Text type="warning">{t('annualIndicators.dirty', { count: changes })}</Typography.Text>
      <Input
        style={{ maxWidth: 320 }}
        maxLength={300}
        value={note}
        placeholder={t('annualIndicators.note')}
        onChange={(e) => setNote(e.target.value)}
        data-testid="indicator-note"
      />
      <Button type="primary" loading={saving} onClick={() => onSave(note)} data-testid="indicator-save">
        {t('annualIndicators.save')}
      </Button>
      <Button onClick={onDiscard}>{t('annualIndicators.discard')}</Button>
    </Flex>
  );
}

/** Every message of the last refused save, each naming its item and opening it. */
export function ProblemsAlert({
  problems,
  draft,
  onOpen,
}: {
  problems: Problem[];
  draft: TIndicatorSetDefinition;
  onOpen: (list: ListName, index: number) => void;
}) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="indicator-problems"
      title={t('annualIndicators.problems', { count: problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((p) => {
            const code = p.list ? draft[p.list][p.index]?.code : undefined;
            const where = p.list
              ? t(`annualIndicators.where.${p.list}`, { code: code ?? String(p.index + 1) })
              : t('annualIndicators.where.other', { path: p.path });
            const text = t('annualIndicators.problemAt', { where, message: p.message });
            return (
              <li key={p.path}>
                {p.list ? <Typography.Link onClick={() => onOpen(p.list!, p.index)}>{text}</Typography.Link> : text}
              </li>
            );
          })}
        </ul>
      }
    />
  );
}
