import { Alert, App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MAJOR_MATTER_KINDS } from '@shezu/contracts';
import { FilesField } from '../../components/FilesField';
import { useApiErrorHandler } from '../../lib/errors';
import { useT, type MessageKey } from '../../lib/i18n';
import { fetchDueDay, MAJOR_MATTER_FILE_PURPOSE, matterKeys, reportMatter } from './api';
import { isDate, KIND_FIELDS, toInput, type MatterValues } from './matterForm';

/** The due day for the typed date, and a warning when reporting now is already late. */
function DueHint({ happensOn }: { happensOn: unknown }) {
  const t = useT();
  const due = useQuery({
    queryKey: matterKeys.dueDay(String(happensOn)),
    queryFn: () => fetchDueDay(String(happensOn)),
    enabled: isDate(happensOn),
  });
  if (!isDate(happensOn) || !due.data) return null;
  const d = due.data;
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
      <Alert type="info" showIcon title={t('mm.due', { date: d.dueOn, days: d.days })} data-testid="mm-due-hint" />
      {d.missingYears.length > 0 && (
        <Alert type="info" title={t('mm.dueEstimate', { years: d.missingYears.join('、') })} />
      )}
      {d.late && (
        <Alert type="warning" showIcon title={t('mm.lateWarning', { date: d.dueOn })} data-testid="mm-late-warning" />
      )}
    </Space>
  );
}

/** The organization's report, phone-friendly (native date input, one column); kind-specific fields follow the kind. */
export function MatterForm({ onDone }: { onDone: (id: number) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<MatterValues>();
  const kind = Form.useWatch('kind', form);
  const happensOn = Form.useWatch('happensOn', form);
  const fields = kind ? KIND_FIELDS[kind] : [];
  const save = useMutation({
    mutationFn: (v: MatterValues) => reportMatter(toInput(v)),
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: matterKeys.all });
      message.success(t('mm.submitted'));
      form.resetFields();
      onDone(r.id);
    },
    onError: (err) => handleError(err, { form }),
  });
  const req = { required: true, whitespace: true, message: t('mm.required') };
  const label = (k: string) => t(`mm.field.${k}` as MessageKey);
  const textField = (name: keyof MatterValues, max: number, required = true) =>
    fields.includes(name) && (
      <Form.Item key={name} name={name} label={label(name)} rules={required ? [req] : []}>
        <Input maxLength={max} data-testid={`mm-${name}`} />
      </Form.Item>
    );
  const numberField = (name: keyof MatterValues, min: number, max: number, precision = 0) =>
    fields.includes(name) && (
      <Form.Item key={name} name={name} label={label(name)} rules={[{ required: true, message: t('mm.required') }]}>
        <InputNumber
          min={min}
          max={max}
          precision={precision}
          style={{ width: '100%' }}
          inputMode="decimal"
          data-testid={`mm-${name}`}
        />
      </Form.Item>
    );
  return (
    <Form<MatterValues>
      form={form}
      layout="vertical"
      initialValues={{ files: [], leaders: [{ name: '', post: '' }] }}
      onFinish={(v) => save.mutate(v)}
      disabled={save.isPending}
      data-testid="mm-form"
    >
      <Form.Item name="kind" label={label('kind')} rules={[{ required: true, message: t('mm.required') }]}>
        <Select
          options={MAJOR_MATTER_KINDS.map((k) => ({ value: k, label: t(`mm.kind.${k}` as MessageKey) }))}
          data-testid="mm-kind"
        />
      </Form.Item>
      <Form.Item name="title" label={label('title')} rules={[req]}>
        <Input maxLength={100} data-testid="mm-title" />
      </Form.Item>
      <Form.Item name="happensOn" label={label('happensOn')} rules={[{ required: true, message: t('mm.required') }]}>
        <Input type="date" data-testid="mm-happens-on" />
      </Form.Item>
      <DueHint happensOn={happensOn} />
      {numberField('session', 1, 100)}
      {numberField('termYears', 1, 5)}
      {numberField('amountYuan', 0.01, 1e11, 2)}
      {textField('donor', 200)}
      {textField('partner', 200)}
      {textField('country', 100)}
      {textField('place', 200)}
      {numberField('participants', 1, 1_000_000)}
      {textField('purpose', 500, false)}
      {fields.includes('leaders') && (
        <Form.Item label={label(kind === 'council_renewal' ? 'candidates' : 'leaders')}>
          <Form.List name="leaders">
            {(items, { add, remove }) => (
              <>
                {items.map((item) => (
                  <Space key={item.key} align="baseline" wrap>
                    <Form.Item name={[item.name, 'name']} rules={kind === 'leader_change' ? [req] : []}>
                      <Input placeholder={label('name')} maxLength={50} style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'post']} rules={kind === 'leader_change' ? [req] : []}>
                      <Input placeholder={label('post')} maxLength={50} style={{ width: 120 }} />
                    </Form.Item>
                    {items.length > 1 && <MinusCircleOutlined onClick={() => remove(item.name)} />}
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({ name: '', post: '' })} icon={<PlusOutlined />}>
                  {t('mm.addLeader')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      )}
      <Form.Item name="detail" label={label('detail')} rules={[req]}>
        <Input.TextArea rows={4} maxLength={5000} showCount data-testid="mm-detail" />
      </Form.Item>
      <Form.Item name="files" label={label('files')}>
        <FilesField purpose={MAJOR_MATTER_FILE_PURPOSE} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={save.isPending} data-testid="mm-submit">
        {t('mm.submit')}
      </Button>
    </Form>
  );
}
