import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { fetchUnits } from '../units/api';
import { assignTask, caseKeys } from './api';

interface Values {
  unitId: number;
  request: string;
  deadline: Dayjs;
}

/** 请部门协办: a partner department (行业管理部门, 公安, 市场监管, 税务…) gets a task and a to-do. */
export function TaskDialog({ caseId, open, onClose }: { caseId: number; open: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const units = useQuery({
    queryKey: ['units', 'partners'],
    queryFn: () => fetchUnits({ kind: 'partner', active: 'true' }, undefined, 200),
    enabled: open,
  });
  const req = [{ required: true, message: t('cases.form.required') }];
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await assignTask(caseId, { unitId: v.unitId, request: v.request, deadline: v.deadline.format('YYYY-MM-DD') });
      await qc.invalidateQueries({ queryKey: caseKeys.all });
      form.resetFields();
      onClose();
    } catch (e) {
      setError(errorText(e, lang, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('cases.action.assign')}
      okText={t('cases.action.submit')}
      cancelText={t('cases.action.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'task-submit' } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ deadline: dayjs().add(15, 'day') }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="unitId" label={t('cases.form.unit')} rules={req}>
          <Select
            loading={units.isPending}
            options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
            data-testid="task-unit"
          />
        </Form.Item>
        <Form.Item name="request" label={t('cases.form.request')} rules={req}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="task-request" />
        </Form.Item>
        <Form.Item name="deadline" label={t('cases.form.deadline')} rules={req}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
