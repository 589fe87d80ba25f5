import { Alert, App, Button, Card, Checkbox, Col, Drawer, Flex, Form, Grid, Input, Row, Select, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CAMPAIGN_QUESTION_KINDS,
  REGISTERED_ORG_TYPES,
  type CampaignQuestionKind,
  type TSpecialCampaignDetail,
} from '@shezu/contracts';
import { useMe } from '../../app/session';
import { RegionPicker } from '../../components/RegionPicker';
import { useT } from '../../lib/i18n';
import { OrgDatePicker } from '../orgs/form/OrgFormFields';
import { useCategories } from '../orgs/OrgSelects';
import { campaignKeys, createCampaign } from './api';
import { useNestedFormErrors } from './useFormErrors';

type OrgType = (typeof REGISTERED_ORG_TYPES)[number];
interface Question {
  text: string;
  kind: CampaignQuestionKind;
  required: boolean;
}
/** Field names mirror the request body, so the API's field errors (`form.questions.0.text`) land beside them. */
interface Values {
  title: string;
  basis: string;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  scope: { regionCode: string | null; types: OrgType[]; categoryCodes: string[] };
  form: { questions: Question[] };
}

/** 新建专项整治: scope, period, and the self-inspection form as questions. */
export function NewCampaignDrawer({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (c: TSpecialCampaignDetail) => void;
}) {
  const t = useT();
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const categories = useCategories(me.regionCode);
  const [form] = Form.useForm<Values>();
  const handleError = useNestedFormErrors(form);
  const create = useMutation({
    mutationFn: (v: Values) =>
      createCampaign({
        title: v.title,
        basis: v.basis,
        startsOn: v.startsOn!.format('YYYY-MM-DD'),
        endsOn: v.endsOn!.format('YYYY-MM-DD'),
        scope: {
          regionCode: v.scope.regionCode ?? undefined,
          types: v.scope.types,
          categoryCodes: v.scope.categoryCodes,
        },
        // Question keys are positional (q1, q2…): the form never needs them typed by hand.
        form: { questions: v.form.questions.map((q, i) => ({ ...q, key: `q${i + 1}` })) },
      }),
    onSuccess: (c) => {
      void queryClient.invalidateQueries({ queryKey: campaignKeys.list });
      message.success(t('sc.created', { count: c.inScopeCount }));
      onCreated(c);
    },
    onError: handleError,
  });

  const initial: Values = {
    title: '',
    basis: '',
    startsOn: dayjs(),
    endsOn: dayjs().add(3, 'month'),
    scope: { regionCode: me.regionCode, types: ['social_group'], categoryCodes: [] },
    form: { questions: [{ text: '', kind: 'yes_no', required: true }] },
  };
  const required = (key: Parameters<typeof t>[0]) => [{ required: true, message: t(key) }];

  return (
    <Drawer
      open
      title={t('sc.form.title')}
      size={screens.sm ? 640 : '100%'}
      onClose={onClose}
      destroyOnHidden
      data-testid="sc-drawer"
      footer={
        <Flex justify="flex-end">
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-testid="sc-submit">
            {t('sc.form.submit')}
          </Button>
        </Flex>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('sc.form.help')} />
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => create.mutate(v)}>
        <Form.Item name="title" label={t('sc.form.name')} rules={required('sc.form.nameRequired')}>
          <Input maxLength={100} data-testid="sc-title" />
        </Form.Item>
        <Form.Item name="basis" label={t('sc.form.basis')} rules={required('sc.form.basisRequired')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} data-testid="sc-basis" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="startsOn" label={t('sc.form.period')} rules={required('sc.form.periodRequired')}>
              <OrgDatePicker data-testid="sc-starts" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="endsOn" label=" " rules={required('sc.form.periodRequired')}>
              <OrgDatePicker data-testid="sc-ends" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name={['scope', 'regionCode']} label={t('sc.form.region')}>
          <RegionPicker root={me.regionCode} maxLevel="township" data-testid="sc-region" />
        </Form.Item>
        <Form.Item name={['scope', 'types']} label={t('sc.form.types')} rules={required('sc.form.typesRequired')}>
          <Checkbox.Group
            options={REGISTERED_ORG_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))}
            data-testid="sc-types"
          />
        </Form.Item>
        <Form.Item name={['scope', 'categoryCodes']} label={t('sc.form.categories')}>
          <Select
            mode="multiple"
            loading={categories.isPending}
            options={(categories.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
            data-testid="sc-categories"
          />
        </Form.Item>
        <Form.List name={['form', 'questions']}>
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t('sc.form.questions')} required>
              <Flex vertical gap={8}>
                {fields.map((field, i) => (
                  <Card size="small" key={field.key} data-testid={`sc-question-${i}`}>
                    <Form.Item
                      name={[field.name, 'text']}
                      label={t('sc.form.question')}
                      rules={required('sc.form.questionRequired')}
                    >
                      <Input.TextArea maxLength={300} autoSize data-testid={`sc-question-${i}-text`} />
                    </Form.Item>
                    <Flex gap={12} wrap align="center">
                      <Form.Item name={[field.name, 'kind']} label={t('sc.form.kind')} style={{ minWidth: 140 }}>
                        <Select
                          options={CAMPAIGN_QUESTION_KINDS.map((k) => ({ value: k, label: t(`sc.kind.${k}`) }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'required']} label={t('sc.form.required')} valuePropName="checked">
                        <Switch />
                      </Form.Item>
                      {fields.length > 1 && (
                        <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} danger type="text">
                          {t('sc.form.remove')}
                        </Button>
                      )}
                    </Flex>
                  </Card>
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ text: '', kind: 'yes_no', required: true })}
                  data-testid="sc-add-question"
                >
                  {t('sc.form.addQuestion')}
                </Button>
              </Flex>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
