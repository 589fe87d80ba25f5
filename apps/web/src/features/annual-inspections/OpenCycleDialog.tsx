import { Alert, App, Form, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCycle } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { OrgDatePicker } from '../orgs/form/OrgFormFields';
import { cycleKeys, openCycle } from './api';
import { defaultDeadlines, defaultReportYear } from './cycleDefaults';

const DATES = ['supervisorDue', 'authorityDue', 'foundationDue'] as const;
type DateField = (typeof DATES)[number];
type Values = { year: number } & Record<DateField, Dayjs | undefined>;

const initial = (year: number): Values => {
  const d = defaultDeadlines(year);
  return {
    year,
    supervisorDue: dayjs(d.supervisorDue),
    authorityDue: dayjs(d.authorityDue),
    foundationDue: dayjs(d.foundationDue),
  };
};

/** 开启年检: the year (last year by default) and the three deadlines, prefilled with the regulations' dates. */
export function OpenCycleDialog({ onClose, onOpened }: { onClose: () => void; onOpened: (c: TCycle) => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const send = useMutation({
    mutationFn: (v: Values) =>
      openCycle({
        year: v.year,
        supervisorDue: v.supervisorDue?.format('YYYY-MM-DD'),
        authorityDue: v.authorityDue?.format('YYYY-MM-DD'),
        foundationDue: v.foundationDue?.format('YYYY-MM-DD'),
      }),
    onSuccess: (cycle) => {
      void queryClient.invalidateQueries({ queryKey: cycleKeys.list });
      message.success(t('annualCycles.opened', { year: cycle.year }));
      onOpened(cycle);
    },
    onError: (err) => {
      // A second cycle of the same year: the year is what is wrong.
      if (isApiError(err) && err.status === 409 && !err.hasFields) {
        form.setFields([{ name: 'year', errors: [errorText(err, lang, t)] }]);
        return;
      }
      handleError(err, { form });
    },
  });

  return (
    <Modal
      open
      title={t('annualCycles.dialog.title')}
      okText={t('annualCycles.dialog.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={send.isPending}
      okButtonProps={{ 'data-testid': 'cycle-open-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="cycle-open-dialog"
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('annualCycles.dialog.help')} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial(defaultReportYear())}
        onFinish={(v) => send.mutate(v)}
        onValuesChange={(changed: Partial<Values>) => {
          // A different year moves the deadlines with it.
          if (typeof changed.year === 'number' && changed.year >= 2000) {
            const { year: _y, ...dates } = initial(changed.year);
            form.setFieldsValue(dates);
          }
        }}
      >
        <Form.Item
          name="year"
          label={t('annualCycles.dialog.year')}
          rules={[{ required: true, message: t('annualCycles.dialog.yearRequired') }]}
        >
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} data-testid="cycle-open-year" />
        </Form.Item>
        {DATES.map((name) => (
          <Form.Item
            key={name}
            name={name}
            label={t(`annualCycles.dialog.${name}`)}
            rules={[{ required: true, message: t('annualCycles.dialog.dateRequired') }]}
          >
            <OrgDatePicker data-testid={`cycle-open-${name}`} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
