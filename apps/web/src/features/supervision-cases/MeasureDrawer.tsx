import { useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Drawer, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CASE_MEASURE_KINDS, type CaseMeasureKind, type TMeasureCreate } from '@shezu/contracts';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { caseKeys, issueMeasure } from './api';

interface Values {
  kind: CaseMeasureKind;
  deadline: Dayjs;
  requirement: string;
  facts?: string;
  talkDate?: Dayjs;
  talkPlace?: string;
  participants?: string;
  talkContent?: string;
  withNotice?: boolean;
  noticeDate?: Dayjs;
  noticePlace?: string;
  attendees?: string;
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 采取措施: a talk with its record (and an optional 约谈通知书), a 工作提醒函 or a 责令改正通知书. */
export function MeasureDrawer({ caseId, open, onClose }: { caseId: number; open: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const withNotice = Form.useWatch('withNotice', form);
  const [error, setError] = useState<string | null>(null);
  const req = [{ required: true, message: t('cases.form.required') }];
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: TMeasureCreate = { kind: v.kind, deadline: day(v.deadline), requirement: v.requirement };
      if (v.kind === 'rectification_order' && v.facts) body.facts = v.facts;
      if (v.kind === 'reminder_talk') {
        body.talk = {
          date: day(v.talkDate!),
          place: v.talkPlace!,
          participants: v.participants!,
          content: v.talkContent!,
        };
        if (v.withNotice)
          body.talkNotice = { talkDate: day(v.noticeDate!), place: v.noticePlace!, attendees: v.attendees! };
      }
      return issueMeasure(caseId, body);
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: caseKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (e) => setError(errorText(e, lang, t)),
  });
  return (
    <Drawer open={open} onClose={onClose} title={t('cases.action.issue')} size={480} destroyOnHidden>
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'rectification_order', deadline: dayjs().add(30, 'day') }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="kind" label={t('cases.form.kind')} rules={req}>
          <Select
            options={CASE_MEASURE_KINDS.map((k) => ({ value: k, label: t(`cases.measure.${k}`) }))}
            data-testid="measure-kind"
          />
        </Form.Item>
        <Form.Item name="deadline" label={t('cases.form.deadline')} rules={req}>
          <DatePicker style={{ width: '100%' }} data-testid="measure-deadline" />
        </Form.Item>
        <Form.Item name="requirement" label={t('cases.form.requirement')} rules={req}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="measure-requirement" />
        </Form.Item>
        {kind === 'rectification_order' && (
          <Form.Item name="facts" label={t('cases.form.facts')}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="measure-facts" />
          </Form.Item>
        )}
        {kind === 'reminder_talk' && (
          <>
            <Form.Item name="talkDate" label={t('cases.form.talkDate')} rules={req}>
              <DatePicker style={{ width: '100%' }} data-testid="measure-talk-date" />
            </Form.Item>
            <Form.Item name="talkPlace" label={t('cases.form.talkPlace')} rules={req}>
              <Input maxLength={200} data-testid="measure-talk-place" />
            </Form.Item>
            <Form.Item name="participants" label={t('cases.form.participants')} rules={req}>
              <Input maxLength={500} data-testid="measure-talk-participants" />
            </Form.Item>
            <Form.Item name="talkContent" label={t('cases.form.talkContent')} rules={req}>
              <Input.TextArea rows={4} maxLength={5000} data-testid="measure-talk-content" />
            </Form.Item>
            <Form.Item name="withNotice" valuePropName="checked">
              <Checkbox data-testid="measure-with-notice">{t('cases.form.withNotice')}</Checkbox>
            </Form.Item>
            {withNotice && (
              <>
                <Form.Item name="noticeDate" label={t('cases.form.noticeDate')} rules={req}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item name="noticePlace" label={t('cases.form.noticePlace')} rules={req}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name="attendees" label={t('cases.form.attendees')} rules={req}>
                  <Input maxLength={200} />
                </Form.Item>
              </>
            )}
          </>
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="measure-submit">
          {t('cases.action.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
