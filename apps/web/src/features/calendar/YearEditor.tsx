import { useState } from 'react';
import { Alert, App, Button, DatePicker, Divider, Drawer, Flex, Form, Grid, Input } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import { errorText, showFieldErrors, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { calendarKeys, saveYear, type CalendarDay } from './api';
import { editorErrors, expandRanges, groupDays } from './model';

interface HolidayRow {
  name: string;
  range: [Dayjs, Dayjs] | null;
}
interface WorkdayRow {
  name: string;
  date: Dayjs | null;
}
interface YearForm {
  source: string;
  holidays: HolidayRow[];
  workdays: WorkdayRow[];
}

const ISO = 'YYYY-MM-DD';

const rangesOf = (v: YearForm) =>
  v.holidays.map((h) => ({ name: h.name.trim(), from: h.range![0].format(ISO), to: h.range![1].format(ISO) }));

function initialValues(days: readonly CalendarDay[], source: string): YearForm {
  const { holidays, workdays } = groupDays(days);
  return {
    source,
    holidays: holidays.map((h) => ({ name: h.name, range: [dayjs(h.from), dayjs(h.to)] })),
    workdays: workdays.map((w) => ({ name: w.name, date: dayjs(w.date) })),
  };
}

/**
 * Edits one year as ranges of days off and single make-up workdays; saving replaces the year. `version`
 * null creates the year. Errors the API names per day are shown beside the range holding that day.
 */
export function YearEditor({
  year,
  version,
  source,
  days,
  onClose,
}: {
  year: number;
  version: number | null;
  source: string;
  days: readonly CalendarDay[];
  onClose: () => void;
}) {
  const { lang, t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<YearForm>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const inYear = (d: Dayjs) => d.year() !== year;

  const save = useMutation({
    mutationFn: (v: YearForm) => {
      const holidays = expandRanges(rangesOf(v)).days;
      const workdays = v.workdays.map((w) => ({ name: w.name.trim(), date: w.date!.format(ISO) }));
      return saveYear(year, { source: v.source.trim(), version, holidays, workdays });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: calendarKeys.all });
      message.success(t('calendar.saved', { year }));
      onClose();
    },
    onError: (err, submitted) => {
      if (isApiError(err) && err.code === 'STALE_VERSION') {
        handleError(err, { onStale: () => void queryClient.invalidateQueries({ queryKey: calendarKeys.all }) });
        return;
      }
      if (isApiError(err) && err.hasFields) {
        const { matched, unmatched } = editorErrors(err.fields, expandRanges(rangesOf(submitted)).rowOf);
        showFieldErrors(form, matched);
        setFailure([errorText(err, lang, t), ...unmatched].join('；'));
        return;
      }
      setFailure(errorText(err, lang, t));
    },
  });

  return (
    <Drawer
      open
      title={t(version === null ? 'calendar.createTitle' : 'calendar.editTitle', { year })}
      size={screens.md ? 640 : '100%'}
      onClose={onClose}
      destroyOnHidden
      data-testid="calendar-editor"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="calendar-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Alert type="info" showIcon title={t('calendar.replaceHint')} style={{ marginBottom: 16 }} />
      {failure && (
        <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="calendar-error" />
      )}
      <Form<YearForm>
        form={form}
        layout="vertical"
        initialValues={initialValues(days, source)}
        onFinish={(v) => {
          setFailure(null);
          save.mutate(v);
        }}
        disabled={save.isPending}
      >
        <Form.Item
          name="source"
          label={t('calendar.source')}
          rules={[{ required: true, whitespace: true, min: 4, message: t('calendar.sourceRequired') }]}
        >
          <Input.TextArea autoSize maxLength={200} placeholder={t('calendar.sourcePlaceholder')} />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('calendar.holidayRanges')}
        </Divider>
        <Form.List name="holidays">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => (
                <Flex
                  key={row.key}
                  gap={8}
                  align="flex-start"
                  wrap={!screens.sm}
                  data-testid={`holiday-row-${row.name}`}
                >
                  <Form.Item
                    name={[row.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }]}
                    style={{ flex: '1 1 120px', marginBottom: 12 }}
                  >
                    <Input maxLength={30} placeholder={t('calendar.holidayNamePlaceholder')} />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'range']}
                    rules={[{ required: true, message: t('calendar.rangeRequired') }]}
                    style={{ flex: '2 1 240px', marginBottom: 12 }}
                  >
                    <DatePicker.RangePicker
                      style={{ width: '100%' }}
                      disabledDate={inYear}
                      defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-01-01`)]}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('calendar.remove')}
                    onClick={() => remove(row.name)}
                  />
                </Flex>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: '', range: null })}>
                {t('calendar.addHoliday')}
              </Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start" plain>
          {t('calendar.workdayList')}
        </Divider>
        <Form.List name="workdays">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => (
                <Flex
                  key={row.key}
                  gap={8}
                  align="flex-start"
                  wrap={!screens.sm}
                  data-testid={`workday-row-${row.name}`}
                >
                  <Form.Item
                    name={[row.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }]}
                    style={{ flex: '1 1 120px', marginBottom: 12 }}
                  >
                    <Input maxLength={30} placeholder={t('calendar.workdayNamePlaceholder')} />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'date']}
                    rules={[{ required: true, message: t('calendar.dateRequired') }]}
                    style={{ flex: '1 1 160px', marginBottom: 12 }}
                  >
                    <DatePicker
                      style={{ width: '100%' }}
                      disabledDate={inYear}
                      defaultPickerValue={dayjs(`${year}-01-01`)}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('calendar.remove')}
                    onClick={() => remove(row.name)}
                  />
                </Flex>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: '', date: null })}>
                {t('calendar.addWorkday')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
