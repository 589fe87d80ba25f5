import { useState } from 'react';
import { Alert, App, Button, Checkbox, Col, Drawer, Flex, Form, Grid, Input, InputNumber, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_DORMANT_PARAMS,
  DORMANT_ORG_TYPES,
  DORMANT_SIGNALS,
  type DormantSignalCode,
  type TDormantCampaignDetail,
} from '@shezu/contracts';
import { useMe } from '../../app/session';
import { RegionPicker } from '../../components/RegionPicker';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { OrgDatePicker } from '../orgs/form/OrgFormFields';
import { createCampaign, dormantKeys, fetchPreview, type PreviewQuery } from './api';
import { PreviewList } from './PreviewList';

type OrgType = (typeof DORMANT_ORG_TYPES)[number];
interface Values {
  title: string;
  regionCode: string | null;
  types: OrgType[];
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  signals: DormantSignalCode[];
  minSignals: number;
  missedYears: number;
  inactiveMonths: number;
  councilTermYears: number;
  councilGraceMonths: number;
}

const NUMBERS = [
  ['missedYears', 1, 10],
  ['inactiveMonths', 1, 120],
  ['councilTermYears', 1, 10],
  ['councilGraceMonths', 0, 24],
] as const;

function queryOf(v: Values): PreviewQuery {
  return {
    region: v.regionCode ?? undefined,
    types: v.types,
    signals: v.signals,
    minSignals: v.minSignals,
    missedYears: v.missedYears,
    inactiveMonths: v.inactiveMonths,
    councilTermYears: v.councilTermYears,
    councilGraceMonths: v.councilGraceMonths,
  };
}

/** 新建清理整治: scope, period and rule parameters; the preview shows the candidates before the list is fixed. */
export function NewCampaignDrawer({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (c: TDormantCampaignDetail) => void;
}) {
  const { t, lang } = useI18n();
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [asked, setAsked] = useState<PreviewQuery | null>(null);
  const preview = useQuery({
    queryKey: dormantKeys.preview(asked ?? {}),
    queryFn: () => fetchPreview(asked!),
    enabled: asked !== null,
  });
  const create = useMutation({
    mutationFn: (v: Values) =>
      createCampaign({
        title: v.title,
        startsOn: v.startsOn!.format('YYYY-MM-DD'),
        endsOn: v.endsOn!.format('YYYY-MM-DD'),
        scope: { regionCode: v.regionCode ?? undefined, types: v.types },
        params: {
          signals: v.signals,
          minSignals: v.minSignals,
          missedYears: v.missedYears,
          inactiveMonths: v.inactiveMonths,
          councilTermYears: v.councilTermYears,
          councilGraceMonths: v.councilGraceMonths,
        },
      }),
    onSuccess: (c) => {
      void queryClient.invalidateQueries({ queryKey: dormantKeys.list });
      message.success(t('dormant.created', { count: c.counts.listed }));
      onCreated(c);
    },
    onError: (err) => handleError(err, { form }),
  });

  const initial: Values = {
    title: '',
    regionCode: me.regionCode,
    types: [...DORMANT_ORG_TYPES],
    startsOn: dayjs(),
    endsOn: dayjs().add(6, 'month'),
    signals: [...DEFAULT_DORMANT_PARAMS.signals],
    minSignals: DEFAULT_DORMANT_PARAMS.minSignals,
    missedYears: DEFAULT_DORMANT_PARAMS.missedYears,
    inactiveMonths: DEFAULT_DORMANT_PARAMS.inactiveMonths,
    councilTermYears: DEFAULT_DORMANT_PARAMS.councilTermYears,
    councilGraceMonths: DEFAULT_DORMANT_PARAMS.councilGraceMonths,
  };
  const required = (key: Parameters<typeof t>[0]) => [{ required: true, message: t(key) }];

  return (
    <Drawer
      open
      title={t('dormant.form.title')}
      size={screens.sm ? 640 : '100%'}
      onClose={onClose}
      destroyOnHidden
      data-testid="campaign-drawer"
      footer={
        <Flex justify="flex-end" gap={8} wrap>
          <Button
            onClick={() =>
              void form.validateFields(['types', 'signals']).then(() => setAsked(queryOf(form.getFieldsValue(true))))
            }
            loading={preview.isFetching}
            data-testid="campaign-preview"
          >
            {t('dormant.form.preview')}
          </Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-testid="campaign-submit">
            {t('dormant.form.submit')}
          </Button>
        </Flex>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('dormant.form.help')} />
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => create.mutate(v)}>
        <Form.Item name="title" label={t('dormant.form.name')} rules={required('dormant.form.nameRequired')}>
          <Input maxLength={100} data-testid="campaign-title" />
        </Form.Item>
        <Form.Item name="regionCode" label={t('dormant.form.region')}>
          <RegionPicker root={me.regionCode} maxLevel="township" data-testid="campaign-region" />
        </Form.Item>
        <Form.Item name="types" label={t('dormant.form.types')} rules={required('dormant.form.typesRequired')}>
          <Checkbox.Group
            options={DORMANT_ORG_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))}
            data-testid="campaign-types"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="startsOn" label={t('dormant.form.period')} rules={required('dormant.form.periodRequired')}>
              <OrgDatePicker data-testid="campaign-starts" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="endsOn" label=" " rules={required('dormant.form.periodRequired')}>
              <OrgDatePicker data-testid="campaign-ends" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="signals" label={t('dormant.form.signals')} rules={required('dormant.form.signalsRequired')}>
          <Checkbox.Group
            options={DORMANT_SIGNALS.map((v) => ({ value: v, label: t(`dormant.signal.${v}`) }))}
            data-testid="campaign-signals"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12} sm={8}>
            <Form.Item name="minSignals" label={t('dormant.form.minSignals')}>
              <InputNumber min={1} max={4} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {NUMBERS.map(([name, min, max]) => (
            <Col xs={12} sm={8} key={name}>
              <Form.Item name={name} label={t(`dormant.form.${name}`)}>
                <InputNumber min={min} max={max} style={{ width: '100%' }} data-testid={`campaign-${name}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
      {preview.data && <PreviewList preview={preview.data} />}
      {preview.error && <Alert type="error" title={errorText(preview.error, lang, t)} />}
    </Drawer>
  );
}
