import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from '@tanstack/react-query';
import { toGbCode, type TApplicationDetail } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { OrgDatePicker } from '../orgs/form/OrgFormFields';
import { UsccField } from '../orgs/form/UsccField';
import { decide, type DecisionBody, type ReviewAction } from './api';

interface Values {
  comment?: string;
  reason?: string;
  uscc?: string;
  type?: string;
  certificateReturnedOn?: Dayjs;
  sealsReturnedOn?: Dayjs;
}

const isReturn = (a: ReviewAction) => a === 'return' || a === 'supervisor-return';
const isApproval = (a: ReviewAction) => a === 'approve' || a === 'supervisor-approve';
const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');
const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/** The request for an action, with the version of the application as the reviewer sees it now. */
function bodyOf(action: ReviewAction, a: TApplicationDetail, v: Values): DecisionBody {
  const version = a.version;
  const comment = v.comment?.trim() || undefined;
  switch (action) {
    case 'supervisor-approve':
      return { action, body: { version, comment } };
    case 'supervisor-return':
    case 'return':
      return { action, body: { version, comment: comment ?? '' } };
    case 'reject':
      return { action, body: { version, reason: v.reason?.trim() ?? '' } };
    case 'approve':
      return {
        action,
        body: {
          version,
          comment,
          ...(a.kind === 'establishment' ? { uscc: v.uscc?.trim() } : {}),
          ...(a.kind === 'deregistration'
            ? { certificateReturnedOn: day(v.certificateReturnedOn), sealsReturnedOn: day(v.sealsReturnedOn) }
            : {}),
        },
      };
  }
}

const WARNINGS = {
  establishment: 'reviews.dialog.warn.establishment',
  deregistration: 'reviews.dialog.warn.deregistration',
  change: 'reviews.dialog.warn.change',
} as const;

/**
 * One decision on an application: the reviewer's comment (required to return), the reason (required to
 * reject), and what the approval itself records (the credit code of a new organization, the certificate
 * and seals handed back on deregistration). Someone else acting first (409) reloads the application
 * underneath while the dialog keeps what was typed.
 */
export function DecisionDialog({
  application,
  action,
  onClose,
  onDone,
  onReload,
}: {
  application: TApplicationDetail;
  action: ReviewAction;
  onClose: () => void;
  onDone: (updated: TApplicationDetail) => void;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const [conflict, setConflict] = useState<string | null>(null);
  const label = t(`reviews.action.${action}`);
  const gone = !application.allowedActions.includes(action);
  const a = application;

  const send = useMutation({
    mutationFn: (v: Values) => decide(a.id, bodyOf(action, a, v)),
    onSuccess: onDone,
    onError: (err) => {
      if (isApiError(err) && err.status === 409) {
        setConflict(errorText(err, lang, t));
        onReload();
        return;
      }
      handleError(err, { form });
    },
  });

  const warning =
    action === 'reject'
      ? 'reviews.dialog.warn.reject'
      : action === 'approve'
        ? WARNINGS[a.kind as keyof typeof WARNINGS]
        : undefined;

  return (
    <Modal
      open
      title={t('reviews.dialog.title', { action: label, name: a.orgName ?? t('reviews.no', { id: a.id }) })}
      okText={label}
      okButtonProps={{ danger: action === 'reject', disabled: gone, 'data-testid': 'review-decision-submit' }}
      cancelText={t('common.cancel')}
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="review-decision-dialog"
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="review-conflict"
          title={t('reviews.conflict', { message: conflict })}
          description={gone ? t('reviews.conflictGone', { action: label }) : t('reviews.conflictReloaded')}
        />
      )}
      {warning && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(warning)} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ type: a.orgType ?? undefined }}
        onFinish={(v) => send.mutate(v)}
      >
        {action === 'approve' && a.kind === 'establishment' && a.authorityRegionCode && (
          <>
            <Form.Item name="type" hidden>
              <Input />
            </Form.Item>
            <UsccField authorityGb={toGbCode(a.authorityRegionCode)} />
          </>
        )}
        {action === 'approve' && a.kind === 'deregistration' && (
          <>
            {(['certificateReturnedOn', 'sealsReturnedOn'] as const).map((name) => (
              <Form.Item
                key={name}
                name={name}
                label={t(`reviews.dialog.${name}`)}
                rules={[{ required: true, message: t('reviews.dialog.dateRequired') }]}
              >
                <OrgDatePicker disabledDate={notFuture} data-testid={`review-decision-${name}`} />
              </Form.Item>
            ))}
          </>
        )}
        {action === 'reject' ? (
          <Form.Item
            name="reason"
            label={t('reviews.dialog.reason')}
            extra={t('reviews.dialog.reasonHelp')}
            rules={[
              { required: true, whitespace: true, message: t('reviews.dialog.reasonRequired') },
              { min: 2, message: t('reviews.dialog.reasonRequired') },
              { max: 1000, message: t('reviews.dialog.tooLong') },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount data-testid="review-decision-reason" />
          </Form.Item>
        ) : (
          <Form.Item
            name="comment"
            label={t(isReturn(action) ? 'reviews.dialog.returnComment' : 'reviews.dialog.comment')}
            extra={t(isReturn(action) ? 'reviews.dialog.returnHelp' : 'reviews.dialog.commentOptional')}
            rules={[
              ...(isApproval(action)
                ? []
                : [
                    { required: true, whitespace: true, message: t('reviews.dialog.returnRequired') },
                    { min: 2, message: t('reviews.dialog.returnRequired') },
                  ]),
              { max: 1000, message: t('reviews.dialog.tooLong') },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3 }}
              maxLength={1000}
              showCount
              data-testid="review-decision-comment"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
