import { App, type FormInstance } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAnnualReportDetail } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { annualKeys, decideReport, type Decision } from './api';

/**
 * Sends a decision. Someone else acting first (409: a second reviewer, or the organization withdrew) is
 * not an error of this reviewer: say so, and show the report as it now is.
 */
export function useDecide(
  r: TAnnualReportDetail,
  { form, onReload, onDone }: { form: FormInstance; onReload: () => void; onDone: (label: string) => void },
) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ decision }: { decision: Decision; label: string }) => decideReport(r.id, decision),
    onSuccess: (updated, { label }) => {
      queryClient.setQueryData(annualKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: [...annualKeys.all, 'queue'] });
      void queryClient.invalidateQueries({ queryKey: ['todos'] });
      message.success(t('annualReview.done', { action: label, name: updated.orgName }));
      onDone(label);
    },
    onError: (err) => {
      if (isApiError(err) && err.status === 409) {
        message.warning(t('annualReview.conflict'));
        onReload();
        return;
      }
      handleError(err, { form });
    },
  });
}
