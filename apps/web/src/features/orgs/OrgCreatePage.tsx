import { Alert, App, Button, Card, Flex, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { bureauRegionOf } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../app/session';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { createOrg, orgKeys } from './api';
import { OrgFormFields } from './form/OrgFormFields';
import { toOrgFields, withFormFieldNames, type OrgFormValues } from './orgForm';

/** A county bureau's domicile default is its own county; a city or province bureau picks one. */
function initialValues(authority: string): Partial<OrgFormValues> {
  return {
    supervisorUnitId: null,
    regionCode: authority.length === 6 ? authority : null,
    charityRecognized: false,
    publicFundraising: false,
    hasPartyOrg: false,
    brand: false,
    evaluationGrade: null,
  };
}

/** 补录: entering an organization the bureau registered before the platform existed. */
export default function OrgCreatePage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<OrgFormValues>();
  const authority = me.regionCode ? bureauRegionOf(me.regionCode) : null;

  const save = useMutation({
    mutationFn: (v: OrgFormValues) =>
      createOrg({ ...toOrgFields(v), uscc: v.uscc!.trim().toUpperCase(), basis: v.basis?.trim() || undefined }),
    onSuccess: (org) => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.all });
      queryClient.setQueryData(orgKeys.detail(org.id), org);
      message.success(t('orgs.created', { name: org.name }));
      void navigate(`/orgs/${org.id}`);
    },
    onError: (err) => handleError(withFormFieldNames(err), { form }),
  });

  if (!authority) return <Alert type="warning" showIcon title={t('orgs.form.noAuthority')} />;

  return (
    <>
      <PageHeader
        title={t('orgs.createTitle')}
        subtitle={t('orgs.createSubtitle')}
        extra={
          <Link to="/orgs">
            <Button>{t('common.back')}</Button>
          </Link>
        }
      />
      <Card>
        <Form<OrgFormValues>
          form={form}
          layout="vertical"
          initialValues={initialValues(authority)}
          onFinish={(v) => save.mutate(v)}
          onFinishFailed={({ errorFields }) => {
            if (errorFields[0]) form.scrollToField(errorFields[0].name, { block: 'center' });
          }}
          disabled={save.isPending}
          scrollToFirstError={false}
          data-testid="org-create-form"
        >
          <OrgFormFields mode="create" authority={authority} />
          <Form.Item name="basis" label={t('orgs.form.recordBasis')} extra={t('orgs.help.recordBasis')}>
            <Input maxLength={200} data-testid="org-form-basis" />
          </Form.Item>
          <Flex justify="flex-end" gap={8}>
            <Link to="/orgs">
              <Button>{t('common.cancel')}</Button>
            </Link>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="org-create-submit">
              {t('orgs.createSubmit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
