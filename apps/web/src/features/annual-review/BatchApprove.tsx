import { useState } from 'react';
import { Alert, Button, Input, Modal, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAnnualReportSummary } from '@shezu/contracts';
import { useApiErrorHandler } from '../../lib/errors';
import { isMessageKey, useT } from '../../lib/i18n';
import { annualKeys, batchApprove, type BatchResult } from './api';

export interface BatchOutcome {
  results: BatchResult[];
  names: Map<number, string>;
}

/** The API's code for a refused row, in words (its codes are shared error codes). */
export function useResultText() {
  const t = useT();
  return (r: BatchResult) => {
    const key = `error.${r.code ?? 'INTERNAL'}`;
    return isMessageKey(key) ? t(key) : (r.code ?? '');
  };
}

/** 批量通过: one confirmation, then each report answers for itself and the table shows which went through. */
export function BatchApproveButton({
  rows,
  onDone,
}: {
  rows: TAnnualReportSummary[];
  onDone: (outcome: BatchOutcome) => void;
}) {
  const t = useT();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const send = useMutation({
    mutationFn: () =>
      batchApprove(
        rows.map((r) => ({ id: r.id, version: r.version })),
        comment.trim() || undefined,
      ),
    onSuccess: ({ results }) => {
      onDone({ results, names: new Map(rows.map((r) => [r.id, r.orgName])) });
      setOpen(false);
      setComment('');
      void queryClient.invalidateQueries({ queryKey: annualKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['todos'] });
    },
    onError: (err) => handleError(err),
  });
  return (
    <>
      <Button
        type="primary"
        icon={<CheckOutlined />}
        disabled={rows.length === 0}
        onClick={() => setOpen(true)}
        data-testid="annual-batch"
      >
        {t('annualReview.batch.button', { count: rows.length })}
      </Button>
      <Modal
        open={open}
        title={t('annualReview.batch.title', { count: rows.length })}
        okText={t('annualReview.batch.ok')}
        cancelText={t('common.cancel')}
        confirmLoading={send.isPending}
        okButtonProps={{ 'data-testid': 'annual-batch-confirm' }}
        onOk={() => send.mutate()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('annualReview.batch.explain')}</Typography.Paragraph>
        <Input.TextArea
          value={comment}
          maxLength={1000}
          autoSize={{ minRows: 2 }}
          placeholder={t('annualReview.batch.comment')}
          onChange={(e) => setComment(e.target.value)}
          data-testid="annual-batch-comment"
        />
      </Modal>
    </>
  );
}

/** What the last batch did, report by report where one was refused. */
export function BatchOutcomeAlert({ outcome, onClose }: { outcome: BatchOutcome; onClose: () => void }) {
  const t = useT();
  const text = useResultText();
  const failed = outcome.results.filter((r) => !r.ok);
  return (
    <Alert
      closable
      onClose={onClose}
      showIcon
      type={failed.length ? 'warning' : 'success'}
      style={{ marginBottom: 12 }}
      data-testid="annual-batch-outcome"
      title={t('annualReview.batch.summary', { ok: outcome.results.length - failed.length, failed: failed.length })}
      description={
        failed.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {failed.map((r) => (
              <li key={r.id}>
                {t('annualReview.batch.failedItem', { name: outcome.names.get(r.id) ?? String(r.id), reason: text(r) })}
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}
