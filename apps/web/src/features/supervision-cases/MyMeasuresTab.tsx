import { useState } from 'react';
import { Alert, Checkbox, Empty, Flex, Form, Input, Modal, Skeleton, Button, type ButtonProps } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { UploadedFile } from '../../components/FileUpload';
import { FilesField } from '../../components/FilesField';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { answerMeasure, CASE_EVIDENCE_PURPOSE, caseKeys, fetchMyMeasures } from './api';
import { MeasureCard } from './MeasureList';

interface Values {
  answer: string;
  files?: UploadedFile[];
}

/** The organization's measures to answer (整改与提醒): download the notice, answer with what was done and evidence. */
export function MyMeasuresTab() {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [all, setAll] = useState(false);
  const [answering, setAnswering] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const state = all ? 'all' : 'open';
  const q = useQuery({ queryKey: caseKeys.mine(state), queryFn: () => fetchMyMeasures(state) });
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await answerMeasure(answering!, { answer: v.answer, fileIds: (v.files ?? []).map((f) => f.id) });
      await qc.invalidateQueries({ queryKey: caseKeys.all });
      form.resetFields();
      setAnswering(null);
    } catch (e) {
      setError(errorText(e, lang, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={12}>
      <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="my-measures-all">
        {t('mySupervision.showAll')}
      </Checkbox>
      {q.isError && <Alert type="error" showIcon title={errorText(q.error, lang, t)} />}
      {q.isPending ? (
        <Skeleton active />
      ) : q.data?.items.length ? (
        q.data.items.map((m) => (
          <Flex key={m.id} vertical gap={4}>
            <MeasureCard m={m} />
            {(m.status === 'issued' || m.status === 'returned') && (
              <Button type="primary" onClick={() => setAnswering(m.id)} data-testid={`my-measure-answer-${m.id}`}>
                {t('mySupervision.answer')}
              </Button>
            )}
          </Flex>
        ))
      ) : (
        <Empty description={t('mySupervision.empty')} />
      )}
      <Modal
        open={answering !== null}
        title={t('mySupervision.answer')}
        okText={t('cases.action.submit')}
        cancelText={t('cases.action.cancel')}
        okButtonProps={{ loading: busy, 'data-testid': 'my-answer-submit' } as ButtonProps}
        onOk={() => form.submit()}
        onCancel={() => setAnswering(null)}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} />}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item
            name="answer"
            label={t('mySupervision.answerText')}
            rules={[{ required: true, whitespace: true, message: t('cases.form.required') }]}
          >
            <Input.TextArea rows={4} maxLength={5000} data-testid="my-answer-text" />
          </Form.Item>
          {/* Several pieces of evidence (the API takes up to 20): each upload adds a line. */}
          <Form.Item name="files" label={t('mySupervision.evidence')}>
            <FilesField purpose={CASE_EVIDENCE_PURPOSE} accept=".pdf,.jpg,.png,.docx" data-testid="my-answer-file" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
