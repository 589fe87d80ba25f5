import { App, Button, DatePicker, Drawer, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ILLEGAL_ORG_SOURCES, type IllegalOrgSource } from '@shezu/contracts';
import type { UploadedFile } from '../../components/FileUpload';
import { RegionPicker } from '../../components/RegionPicker';
import { useMe } from '../../app/session';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { FilesField } from '../../components/FilesField';
import { ILLEGAL_ORG_FILE_PURPOSE, illegalKeys, reportIllegalOrg } from './api';

interface Values {
  name: string;
  regionCode?: string | null;
  source: IllegalOrgSource;
  reporterName?: string;
  reporterPhone?: string;
  reportedOn: Dayjs | null;
  activities: string;
  places: string;
  evidence: UploadedFile[];
}

/** 登记线索: the name the group uses, where and what it does, who reported it (staff only) and the evidence. */
export function ReportDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      reportIllegalOrg({
        name: v.name.trim(),
        regionCode: v.regionCode ?? '',
        source: v.source,
        reporterName: v.reporterName?.trim() || null,
        reporterPhone: v.reporterPhone?.trim() || null,
        reportedOn: v.reportedOn?.format('YYYY-MM-DD') ?? '',
        activities: v.activities.trim(),
        places: v.places.trim(),
        evidence: v.evidence.map((f) => f.id),
      }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: illegalKeys.all });
      message.success(t('illegalOrgs.saved'));
      form.resetFields();
      onClose();
      void navigate(`/illegal-orgs/${saved.id}`);
    },
    onError: (err) => handleError(err, { form }),
  });
  const required = { required: true, whitespace: true, message: t('illegalOrgs.required') };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('illegalOrgs.new')}
      size={520}
      forceRender
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="illegal-org-submit">
          {t('common.save')}
        </Button>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ source: 'public', reportedOn: dayjs(), activities: '', places: '', name: '', evidence: [] }}
        onFinish={(v) => save.mutate(v)}
        disabled={save.isPending}
      >
        <Form.Item name="name" label={t('illegalOrgs.field.name')} rules={[required]}>
          <Input maxLength={200} data-testid="illegal-org-name" />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('illegalOrgs.field.region')}
          rules={[{ required: true, message: t('illegalOrgs.required') }]}
        >
          <RegionPicker root={me.regionCode} data-testid="illegal-org-region" />
        </Form.Item>
        <Form.Item name="source" label={t('illegalOrgs.field.source')}>
          <Select options={ILLEGAL_ORG_SOURCES.map((s) => ({ value: s, label: t(`illegalOrgs.source.${s}`) }))} />
        </Form.Item>
        <Form.Item name="reporterName" label={t('illegalOrgs.field.reporterName')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="reporterPhone" label={t('illegalOrgs.field.reporterPhone')}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item
          name="reportedOn"
          label={t('illegalOrgs.field.reportedOn')}
          rules={[{ required: true, message: t('illegalOrgs.required') }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="activities" label={t('illegalOrgs.field.activities')} rules={[required]}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="illegal-org-activities" />
        </Form.Item>
        <Form.Item name="places" label={t('illegalOrgs.field.places')} rules={[required]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="illegal-org-places" />
        </Form.Item>
        <Form.Item name="evidence" label={t('illegalOrgs.field.evidence')}>
          <FilesField purpose={ILLEGAL_ORG_FILE_PURPOSE} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
