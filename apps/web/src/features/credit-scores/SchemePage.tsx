import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Skeleton, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreditScheme, TScoreSchemeDefinition } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { useMe } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { fetchScheme, saveScheme, scoreKeys } from './api';
import { mayEditScheme, problemsByPath, sumOf } from './schemeDraft';

type Indicator = TScoreSchemeDefinition['indicators'][number];
const BANDS = ['A', 'B', 'C', 'D'] as const;

function Editor({ scheme, editable, onStale }: { scheme: TCreditScheme; editable: boolean; onStale: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<TScoreSchemeDefinition>(scheme.definition);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const sum = sumOf(draft);

  const save = useMutation({
    mutationFn: () => saveScheme({ definition: draft, note: note.trim() || undefined, baseVersion: scheme.version }),
    onSuccess: (saved) => {
      setProblems({});
      queryClient.setQueryData(scoreKeys.scheme, saved);
      message.success(t('creditScheme.saved', { version: saved.version }));
    },
    onError: (err) => {
      if (isApiError(err) && err.status === 400 && err.hasFields) {
        setProblems(problemsByPath(err.fields));
        message.error(errorText(err, 'zh-CN', t));
        return;
      }
      if (isApiError(err) && err.status === 409) return handleError(err, { onStale });
      handleError(err);
    },
  });

  const setMax = (index: number, v: number | null) =>
    setDraft((d) => ({
      ...d,
      indicators: d.indicators.map((i, n) => (n === index ? { ...i, maxPoints: v ?? 0 } : i)),
    }));
  const setBand = (b: (typeof BANDS)[number], v: number | null) =>
    setDraft((d) => ({ ...d, bands: { ...d.bands, [b]: v ?? 0 } }));
  const problem = (path: string) => problems[path];

  const columns = [
    { title: t('creditScheme.indicator'), dataIndex: 'label', key: 'label' },
    {
      title: t('creditScheme.maxPoints'),
      key: 'max',
      width: 160,
      render: (_: unknown, i: Indicator, index: number) => (
        <Form.Item
          style={{ margin: 0 }}
          validateStatus={problem(`indicators.${index}.maxPoints`) ? 'error' : undefined}
          help={problem(`indicators.${index}.maxPoints`)}
        >
          <InputNumber
            min={0}
            max={1000}
            precision={0}
            value={i.maxPoints}
            disabled={!editable}
            onChange={(v) => setMax(index, v)}
            data-testid={`scheme-max-${i.code}`}
          />
        </Form.Item>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      {!editable && <Alert type="info" showIcon title={t('creditScheme.readonly')} />}
      <Card size="small">
        <Table<Indicator>
          size="small"
          rowKey="code"
          pagination={false}
          columns={columns}
          dataSource={draft.indicators}
          data-testid="scheme-indicators"
        />
        <Form.Item
          style={{ marginTop: 12, marginBottom: 0 }}
          validateStatus={problem('indicators') || sum !== 1000 ? 'error' : undefined}
          help={problem('indicators')}
        >
          <Typography.Text strong type={sum === 1000 ? undefined : 'danger'} data-testid="scheme-sum">
            {sum === 1000 ? t('creditScheme.sum', { sum }) : t('creditScheme.sumWrong', { sum })}
          </Typography.Text>
        </Form.Item>
      </Card>
      <Card size="small" title={t('creditScheme.bands')}>
        <Flex gap={16} wrap>
          {BANDS.map((b) => (
            <Form.Item
              key={b}
              label={b}
              style={{ marginBottom: 0 }}
              validateStatus={problem(`bands.${b}`) ? 'error' : undefined}
              help={problem(`bands.${b}`)}
            >
              <InputNumber
                min={1}
                max={1000}
                precision={0}
                value={draft.bands[b]}
                disabled={!editable}
                onChange={(v) => setBand(b, v)}
                data-testid={`scheme-band-${b}`}
              />
            </Form.Item>
          ))}
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
            {t('creditScheme.bandE')}
          </Typography.Text>
        </Flex>
      </Card>
      {editable && (
        <Flex gap={8} wrap>
          <Input
            style={{ maxWidth: 360 }}
            placeholder={t('creditScheme.note')}
            value={note}
            maxLength={200}
            onChange={(e) => setNote(e.target.value)}
            data-testid="scheme-note"
          />
          <Button type="primary" loading={save.isPending} onClick={() => save.mutate()} data-testid="scheme-save">
            {t('creditScheme.save')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

/** 信用评分方案: the indicators' maximums (summing to 1000) and the level bands, saved as versions. */
export default function SchemePage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const q = useQuery({ queryKey: scoreKeys.scheme, queryFn: fetchScheme });
  return (
    <>
      <PageHeader
        title={t('creditScheme.title')}
        subtitle={
          q.data
            ? `${t('creditScheme.subtitle')}；${t('creditScheme.version', { version: q.data.version, by: q.data.createdByName ?? '—', at: q.data.createdAt.slice(0, 10) })}`
            : t('creditScheme.subtitle')
        }
      />
      {q.isPending ? (
        <Skeleton active />
      ) : q.isError ? (
        <Alert type="error" showIcon title={errorText(q.error, lang, t)} />
      ) : (
        <Editor key={q.data.version} scheme={q.data} editable={mayEditScheme(me)} onStale={() => void q.refetch()} />
      )}
    </>
  );
}
