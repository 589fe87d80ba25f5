import type { ReactNode } from 'react';
import { App, Button, Checkbox, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TIllegalOrgDetail } from '@shezu/contracts';
import type { UploadedFile } from '../../components/FileUpload';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { FilesField } from '../../components/FilesField';
import { addNote, banIllegalOrg, ILLEGAL_ORG_FILE_PURPOSE, illegalKeys, recordFinding } from './api';

const day = (d: Dayjs | null) => d?.format('YYYY-MM-DD') ?? '';

/** One step's form: saved through `send`, then the record is read again. */
function StepForm<V extends object>({
  initial,
  send,
  submit,
  testId,
  children,
}: {
  initial: Partial<V>;
  send: (v: V) => Promise<unknown>;
  submit: string;
  testId: string;
  children: ReactNode;
}) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<V>();
  const save = useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: illegalKeys.all });
      message.success(t('illegalOrgs.saved'));
      form.resetFields();
    },
    onError: (err) => handleError(err, { form }),
  });
  return (
    <Form<V>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => save.mutate(v)}
      disabled={save.isPending}
      data-testid={testId}
    >
      {children}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid={`${testId}-submit`}>
        {submit}
      </Button>
    </Form>
  );
}

/** What the bureau can do next: notes while investigating, then the finding, then the ban. */
export function StepForms({ o }: { o: TIllegalOrgDetail }) {
  const t = useT();
  const required = { required: true, message: t('illegalOrgs.required') };
  const text = { ...required, whitespace: true };
  if (o.status === 'reported' || o.status === 'investigating')
    return (
      <>
        <StepForm<{ text: string; notedOn: Dayjs | null; files: UploadedFile[] }>
          initial={{ text: '', notedOn: dayjs(), files: [] }}
          send={(v) => addNote(o.id, { text: v.text.trim(), notedOn: day(v.notedOn), files: v.files.map((f) => f.id) })}
          submit={t('illegalOrgs.action.note')}
          testId="illegal-org-note"
        >
          <Form.Item name="text" label={t('illegalOrgs.field.noteText')} rules={[text]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="notedOn" label={t('illegalOrgs.field.notedOn')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="files" label={t('illegalOrgs.field.evidence')}>
            <FilesField purpose={ILLEGAL_ORG_FILE_PURPOSE} />
          </Form.Item>
        </StepForm>
        <StepForm<{ illegal: boolean; finding: string; foundOn: Dayjs | null }>
          initial={{ illegal: true, finding: '', foundOn: dayjs() }}
          send={(v) =>
            recordFinding(o.id, {
              illegal: v.illegal,
              finding: v.finding.trim(),
              foundOn: day(v.foundOn),
              version: o.version,
            })
          }
          submit={t('illegalOrgs.action.find')}
          testId="illegal-org-finding"
        >
          <Form.Item name="illegal" label={t('illegalOrgs.field.illegal')}>
            <Radio.Group
              options={[
                { value: true, label: t('illegalOrgs.illegal.yes') },
                { value: false, label: t('illegalOrgs.illegal.no') },
              ]}
            />
          </Form.Item>
          <Form.Item name="finding" label={t('illegalOrgs.field.finding')} rules={[text]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="foundOn" label={t('illegalOrgs.field.foundOn')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </StepForm>
      </>
    );
  if (o.status === 'confirmed')
    return (
      <StepForm<{ decision: string; publicSummary: string; publish: boolean }>
        initial={{ decision: '', publicSummary: '', publish: true }}
        send={(v) =>
          banIllegalOrg(o.id, {
            decision: v.decision.trim(),
            publicSummary: v.publicSummary.trim(),
            publish: v.publish !== false,
            version: o.version,
          })
        }
        submit={t('illegalOrgs.action.ban')}
        testId="illegal-org-ban"
      >
        <Form.Item name="decision" label={t('illegalOrgs.field.decision')} rules={[text]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item name="publicSummary" label={t('illegalOrgs.field.publicSummary')} rules={[text]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="publish" valuePropName="checked">
          <Checkbox>{t('illegalOrgs.field.publish')}</Checkbox>
        </Form.Item>
      </StepForm>
    );
  return null;
}
