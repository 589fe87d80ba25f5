import { useState } from 'react';
import { App, Card, Flex, Result, Select, Skeleton, Tabs, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TIndicatorSet, TIndicatorSetDefinition } from '@shezu/contracts';
import { isApiError } from '../../../api/errors';
import { PageHeader } from '../../../components/PageHeader';
import { errorText, useApiErrorHandler } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { cycleKeys, fetchIndicatorSet, saveIndicatorSet } from '../api';
import { defaultReportYear } from '../cycleDefaults';
import { problemsOf, replaceItem, type ListName, type Problem } from './draft';
import { IndicatorDrawer } from './IndicatorDrawer';
import { IndicatorTable } from './IndicatorTable';
import { ProblemsAlert, SaveBar } from './SaveBar';
import { RiskDrawer } from './RiskDrawer';
import { RuleDrawer } from './RuleDrawer';
import { RisksTable, RulesTable } from './RuleTables';

/** The editor of one stored version: a draft of the whole definition, saved at once as the next version. */
function Editor({ set, onStale }: { set: TIndicatorSet; onStale: () => void }) {
  const { t } = useI18n();
  const f = useFormat();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<TIndicatorSetDefinition>(set.definition);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [editing, setEditing] = useState<{ list: ListName; index: number } | null>(null);
  const [tab, setTab] = useState<ListName>('indicators');

  const save = useMutation({
    mutationFn: (note: string) =>
      saveIndicatorSet(set.year, { definition: draft, note: note.trim() || undefined, baseVersion: set.version }),
    onSuccess: (saved) => {
      setProblems([]);
      queryClient.setQueryData(cycleKeys.indicators(saved.year), saved);
      message.success(t('annualIndicators.saved', { version: saved.version }));
    },
    onError: (err) => {
      if (isApiError(err) && err.status === 400 && err.hasFields) {
        const found = problemsOf(err.fields);
        setProblems(found);
        const first = found.find((p) => p.list);
        if (first?.list) setTab(first.list);
        message.error(t('annualIndicators.problems', { count: found.length }));
        return;
      }
      if (isApiError(err) && err.status === 409) {
        message.warning(t('annualIndicators.stale'));
        onStale();
        return;
      }
      handleError(err);
    },
  });

  const apply = <L extends ListName>(list: L, index: number, item: TIndicatorSetDefinition[L][number]) => {
    setDraft((d) => replaceItem(d, list, index, item));
    // The fixed item's messages go; the others stay until the next save answers.
    setProblems((ps) => ps.filter((p) => !(p.list === list && p.index === index)));
    setEditing(null);
  };
  const at = (list: ListName, index: number) => problems.filter((p) => p.list === list && p.index === index);
  const edit = (list: ListName) => (index: number) => setEditing({ list, index });

  return (
    <>
      <Typography.Paragraph type="secondary" data-testid="indicator-version">
        {t('annualIndicators.versionInfo', {
          version: set.version,
          at: f.dateTime(set.createdAt),
          by: set.createdByName ?? t('annualIndicators.system'),
        })}
        {set.note && ` · ${set.note}`}
      </Typography.Paragraph>
      <SaveBar
        saved={set.definition}
        draft={draft}
        saving={save.isPending}
        onSave={(note) => save.mutate(note)}
        onDiscard={() => {
          setDraft(set.definition);
          setProblems([]);
        }}
      />
      <ProblemsAlert problems={problems} draft={draft} onOpen={(list, index) => setEditing({ list, index })} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as ListName)}
        items={[
          {
            key: 'indicators',
            label: t('annualIndicators.tab.indicators', { count: draft.indicators.length }),
            children: <IndicatorTable indicators={draft.indicators} problems={problems} onEdit={edit('indicators')} />,
          },
          {
            key: 'rules',
            label: t('annualIndicators.tab.rules', { count: draft.rules.length }),
            children: <RulesTable rules={draft.rules} problems={problems} onEdit={edit('rules')} />,
          },
          {
            key: 'risks',
            label: t('annualIndicators.tab.risks', { count: draft.risks.length }),
            children: <RisksTable risks={draft.risks} problems={problems} onEdit={edit('risks')} />,
          },
        ]}
      />
      {editing?.list === 'indicators' && draft.indicators[editing.index] && (
        <IndicatorDrawer
          indicator={draft.indicators[editing.index]!}
          problems={at('indicators', editing.index)}
          onApply={(next) => apply('indicators', editing.index, next)}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.list === 'rules' && draft.rules[editing.index] && (
        <RuleDrawer
          rule={draft.rules[editing.index]!}
          problems={at('rules', editing.index)}
          onApply={(next) => apply('rules', editing.index, next)}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.list === 'risks' && draft.risks[editing.index] && (
        <RiskDrawer
          risk={draft.risks[editing.index]!}
          problems={at('risks', editing.index)}
          onApply={(next) => apply('risks', editing.index, next)}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

/** 年报指标体系: the report form of a year as data, edited by province-level administrators. */
export default function IndicatorsPage() {
  const { t, lang } = useI18n();
  const current = defaultReportYear();
  const [year, setYear] = useState(current);
  const set = useQuery({ queryKey: cycleKeys.indicators(year), queryFn: () => fetchIndicatorSet(year) });
  const years = Array.from({ length: 7 }, (_, i) => current + 1 - i);
  return (
    <>
      <PageHeader
        title={t('annualIndicators.title')}
        subtitle={t('annualIndicators.subtitle')}
        extra={
          <Flex gap={8} align="center">
            <Typography.Text>{t('annualIndicators.year')}</Typography.Text>
            <Select
              value={year}
              style={{ width: 120 }}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              onChange={setYear}
              data-testid="indicator-year"
            />
          </Flex>
        }
      />
      <Card>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('annualIndicators.readOnlyNote')}
        </Typography.Paragraph>
        {set.data ? (
          // A new version (saved, or someone else's) starts a fresh draft.
          <Editor key={`${set.data.year}-${set.data.version}`} set={set.data} onStale={() => void set.refetch()} />
        ) : set.isError ? (
          <Result status="warning" title={t('app.loadFailed')} subTitle={errorText(set.error, lang, t)} />
        ) : (
          <Skeleton active />
        )}
      </Card>
    </>
  );
}
