import { Alert, Button, Flex, Form, Input, Radio, Tag, Typography } from 'antd';
import type { TAnnualReportDetail } from '@shezu/contracts';
import { useI18n } from '../../lib/i18n';
import type { Decision } from './api';
import { RectificationFields, type RectificationInput } from './RectificationFields';
import { labelOf, type ReportView } from './reportModel';
import { useDecide } from './useDecide';

type Choice = 'approve' | 'return' | 'pass' | 'basic_pass' | 'fail';

interface Values {
  decision?: Choice;
  comment?: string;
  reasons?: string;
  rectifications?: RectificationInput[];
}

/** The request a choice makes, with the version of the report the reviewer is looking at. */
function decisionOf(r: TAnnualReportDetail, v: Values, comments: Record<string, string>): Decision {
  const version = r.version;
  const comment = v.comment?.trim() || undefined;
  const step = r.can.conclude ? 'authority' : r.step === 'party' ? 'party' : 'supervisor';
  if (v.decision === 'return')
    return { kind: 'return', step, body: { version, comment: comment ?? '', indicatorComments: comments } };
  if (v.decision === 'approve' && step !== 'authority') return { kind: 'approve', step, body: { version, comment } };
  const conclusion = v.decision as 'pass' | 'basic_pass' | 'fail';
  return {
    kind: 'conclude',
    body: {
      version,
      conclusion,
      reasons: v.reasons?.trim() || undefined,
      rectifications:
        conclusion === 'basic_pass'
          ? (v.rectifications ?? []).map((x) => ({ item: x.item!.trim(), dueDate: x.dueDate!.format('YYYY-MM-DD') }))
          : [],
    },
  };
}

/**
 * 审核意见: a unit approves or returns; the bureau concludes 合格 / 基本合格 / 不合格 or returns. Comments on
 * indicators are attached in the report itself and travel with a return.
 */
export function ActionPanel({
  r,
  view,
  comments,
  onRemoveComment,
  onClearComments,
  onReload,
}: {
  r: TAnnualReportDetail;
  view: ReportView;
  comments: Record<string, string>;
  onRemoveComment: (code: string) => void;
  onClearComments: () => void;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const send = useDecide(r, {
    form,
    onReload,
    onDone: () => {
      form.resetFields();
      onClearComments();
    },
  });
  const choices: Choice[] = r.can.conclude ? ['pass', 'basic_pass', 'fail', 'return'] : ['approve', 'return'];
  const noted = Object.entries(comments);
  const needsReasons = decision === 'basic_pass' || decision === 'fail';

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="annual-action-form"
      onFinish={(v) =>
        send.mutate({ decision: decisionOf(r, v, comments), label: t(`annualReview.action.${v.decision!}`) })
      }
    >
      <Form.Item name="decision" rules={[{ required: true, message: t('annualReview.action.choose') }]}>
        <Radio.Group optionType="button" buttonStyle="solid" data-testid="annual-decision">
          {choices.map((c) => (
            <Radio.Button key={c} value={c} data-testid={`annual-decision-${c}`}>
              {t(`annualReview.action.${c}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {decision === 'fail' && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('annualReview.form.failWarn')} />
      )}
      {(decision === 'approve' || decision === 'return') && (
        <Form.Item
          name="comment"
          label={t(decision === 'return' ? 'annualReview.form.returnComment' : 'annualReview.form.comment')}
          rules={[
            ...(decision === 'return'
              ? [
                  { required: true, whitespace: true, message: t('annualReview.form.returnRequired') },
                  { min: 2, message: t('annualReview.form.returnRequired') },
                ]
              : []),
            { max: 1000, message: t('annualReview.form.tooLong') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount data-testid="annual-comment" />
        </Form.Item>
      )}
      {decision === 'return' && (
        <Flex vertical gap={4} style={{ marginBottom: 12 }} data-testid="annual-indicator-comments">
          <Typography.Text>{t('annualReview.form.indicatorComments', { count: noted.length })}</Typography.Text>
          {noted.length === 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('annualReview.comment.hint')}
            </Typography.Text>
          )}
          {noted.map(([code, text]) => {
            const ind = view.byCode.get(code);
            return (
              <Tag key={code} closable onClose={() => onRemoveComment(code)} style={{ whiteSpace: 'normal' }}>
                {t('annualReview.history.indicatorComment', { label: ind ? labelOf(ind, lang) : code, comment: text })}
              </Tag>
            );
          })}
        </Flex>
      )}
      {needsReasons && (
        <Form.Item
          name="reasons"
          label={t('annualReview.form.reasons')}
          rules={[
            { required: true, whitespace: true, message: t('annualReview.form.reasonsRequired') },
            { min: 2, message: t('annualReview.form.reasonsRequired') },
            { max: 2000, message: t('annualReview.form.tooLong') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount data-testid="annual-reasons" />
        </Form.Item>
      )}
      {decision === 'basic_pass' && <RectificationFields />}
      <Button
        type="primary"
        htmlType="submit"
        danger={decision === 'fail'}
        loading={send.isPending}
        data-testid="annual-decision-submit"
      >
        {decision ? t(`annualReview.action.${decision}`) : t('annualReview.action.submit')}
      </Button>
    </Form>
  );
}
