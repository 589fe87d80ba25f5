import { useCallback, useMemo, useRef, useState } from 'react';
import { App, Button, Card, Col, Flex, Row } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  applicableIndicators,
  checkReport,
  computedValues,
  type AnnualSection,
  type TAnnualReportDetail,
  type TSectionSaved,
} from '@shezu/contracts';
import { isApiError } from '../../../api/errors';
import { useApiErrorHandler } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { annualReportKeys, submitReport } from '../api';
import { ConclusionCard } from './ConclusionCard';
import { clearDrafts } from './drafts';
import { contextOf, countsBySection, isEditable, issuesByField, lastReturn, sectionsOf } from './model';
import { ReportNotices } from './ReportNotices';
import { ReviewTimeline } from './ReviewTimeline';
import { RiskPanel } from './RiskPanel';
import { SaveStatus } from './SaveStatus';
import { SectionForm } from './SectionForm';
import { SectionSteps, SUBMIT_STEP, type StepKey } from './SectionSteps';
import { SubmitStep } from './SubmitStep';
import { useReportValues } from './useReportValues';

const NONE = new Set<string>();

/** The report form of one report, built from its definition: one section at a time, checked as it is typed. */
export function ReportEditor({ detail }: { detail: TAnnualReportDetail }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const editable = isEditable(detail);
  const ctx = useMemo(() => contextOf(detail), [detail]);
  const indicators = useMemo(() => applicableIndicators(detail.definition, ctx), [detail.definition, ctx]);
  const byCode = useMemo(() => new Map(indicators.map((i) => [i.code, i])), [indicators]);
  const sections = useMemo(() => sectionsOf(indicators), [indicators]);
  const steps: StepKey[] = editable ? [...sections, SUBMIT_STEP] : sections;
  // A ref, not state: the submission reads it after flushing the last edits, whose save moves it on.
  const version = useRef(detail.version);
  const onSaved = useCallback(
    (saved: TSectionSaved) => {
      version.current = saved.version;
      // The header shows the status (未填报 → 填报中); the values stay this form's own.
      queryClient.setQueryData<TAnnualReportDetail>(annualReportKeys.detail(detail.id), (old) =>
        old ? { ...old, status: saved.status, version: saved.version } : old,
      );
      void queryClient.invalidateQueries({ queryKey: annualReportKeys.mine });
    },
    [queryClient, detail.id],
  );
  const rv = useReportValues(detail, indicators, onSaved);
  const [step, setStep] = useState<StepKey>(sections[0] ?? SUBMIT_STEP);
  const top = useRef<HTMLDivElement>(null);
  const [showMissing, setShowMissing] = useState(detail.status === 'returned');

  // The same checks the server runs, on every change; a submitted report keeps the check it was sent with.
  const check = useMemo(
    () => (editable ? checkReport(detail.definition, rv.values, ctx) : detail.check),
    [editable, detail.definition, detail.check, rv.values, ctx],
  );
  const computed = useMemo(
    () => computedValues(detail.definition, rv.values, ctx),
    [detail.definition, rv.values, ctx],
  );
  const issues = useMemo(() => issuesByField(check, lang), [check, lang]);
  const counts = useMemo(() => countsBySection(check, byCode), [check, byCode]);
  const missing = useMemo(() => (showMissing ? new Set(check.missing) : NONE), [showMissing, check.missing]);
  const comments = useMemo(() => lastReturn(detail)?.indicatorComments ?? {}, [detail]);
  const sectionIndicators = useMemo(() => indicators.filter((i) => i.section === step), [indicators, step]);

  const go = (next: StepKey) => {
    if (editable) void rv.flush();
    if (next === SUBMIT_STEP) setShowMissing(true);
    setStep(next);
    // A long section leaves the user at its bottom: the next one starts at its title (below the steps).
    top.current?.scrollIntoView?.({ block: 'start' });
  };

  const submit = useMutation({
    mutationFn: async () => {
      if (!(await rv.flush())) throw new Error(t('annualReports.submit.savingFirst'));
      return submitReport(detail.id, version.current);
    },
    onSuccess: (fresh) => {
      clearDrafts(detail.id);
      queryClient.setQueryData(annualReportKeys.detail(detail.id), fresh);
      void queryClient.invalidateQueries({ queryKey: annualReportKeys.mine });
      message.success(t('annualReports.submit.done'));
    },
    onError: (err) => {
      if (!isApiError(err)) return void message.error(err.message);
      if (err.hasFields) {
        rv.showErrors(err.fields);
        setShowMissing(true);
      }
      handleError(err, {
        onStale: () => void queryClient.invalidateQueries({ queryKey: annualReportKeys.detail(detail.id) }),
      });
    },
  });

  const index = steps.indexOf(step);
  return (
    <>
      <ReportNotices detail={detail} editable={editable} restored={rv.restored} prefilled={rv.prefilled.size > 0} />
      {!editable && (
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          <Col xs={24} lg={14}>
            <ConclusionCard detail={detail} />
            <RiskPanel risks={check.risks} />
          </Col>
          <Col xs={24} lg={10}>
            <Card title={t('annualReports.timeline.title')} data-testid="report-timeline">
              <ReviewTimeline history={detail.history} />
            </Card>
          </Col>
        </Row>
      )}
      <Card style={{ marginBottom: 12 }} styles={{ body: { paddingBottom: 8 } }}>
        <SectionSteps steps={steps} current={step} onChange={go} counts={counts} />
      </Card>
      <div ref={top} />
      <Card
        title={t(`annualReports.section.${step}`)}
        extra={editable && <SaveStatus state={rv.saveState} onRetry={() => void rv.flush()} />}
        data-testid={`section-${step}`}
      >
        {step === SUBMIT_STEP ? (
          <SubmitStep
            check={check}
            byCode={byCode}
            onGoTo={(s: AnnualSection) => go(s)}
            onSubmit={() => submit.mutate()}
            submitting={submit.isPending}
            resubmit={detail.status === 'returned'}
            disabled={!detail.can.submit}
          />
        ) : (
          <SectionForm
            detail={detail}
            indicators={sectionIndicators}
            values={rv.values}
            computed={computed}
            onEdit={rv.edit}
            disabled={!editable}
            issues={issues}
            serverErrors={rv.serverErrors}
            missing={missing}
            prefilled={rv.prefilled}
            comments={comments}
          />
        )}
        <Flex justify="space-between" gap={8} wrap style={{ marginTop: 8 }}>
          <Button disabled={index <= 0} onClick={() => go(steps[index - 1]!)} data-testid="step-prev">
            {t('annualReports.form.prev')}
          </Button>
          {index < steps.length - 1 && (
            <Button type="primary" onClick={() => go(steps[index + 1]!)} data-testid="step-next">
              {t('annualReports.form.next')}
            </Button>
          )}
        </Flex>
      </Card>
    </>
  );
}
