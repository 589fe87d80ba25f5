import { Alert, App, Button, Card, Flex, Form, Result, Skeleton } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import type { TCommunityOrg } from '@shezu/contracts';
import { ApiError, isApiError } from '../../api/errors';
import { NotFoundPage } from '../../components/ResultPages';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../app/session';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { communityOrgKeys, fetchCommunityOrg, fileCommunityOrg, updateCommunityOrg } from './api';
import { CommunityOrgFormFields } from './CommunityOrgFormFields';
import {
  formValuesOf,
  toCreateBody,
  toUpdateBody,
  withFormFieldNames,
  type CommunityOrgFormValues,
} from './communityOrgForm';

function FilingForm({ record }: { record?: TCommunityOrg }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<CommunityOrgFormValues>();
  const back = record ? `/community-orgs/${record.id}` : '/community-orgs';

  const save = useMutation({
    mutationFn: (v: CommunityOrgFormValues) =>
      record ? updateCommunityOrg(record.id, toUpdateBody(record, v)) : fileCommunityOrg(toCreateBody(v)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: communityOrgKeys.all });
      queryClient.setQueryData(communityOrgKeys.detail(saved.id), saved);
      message.success(t(record ? 'communityOrgs.updated' : 'communityOrgs.filed', { name: saved.name }));
      void navigate(`/community-orgs/${saved.id}`);
    },
    // What was typed stays in the form; the API's field messages go beside their fields.
    onError: (err) => {
      const named = withFormFieldNames(err);
      handleError(named, {
        form,
        onStale: record
          ? () => void queryClient.invalidateQueries({ queryKey: communityOrgKeys.detail(record.id) })
          : undefined,
      });
      // On a phone the field the API names may be far above the button that was pressed.
      const first = named instanceof ApiError ? Object.keys(named.fields)[0]?.split('.')[0] : undefined;
      if (first && first in form.getFieldsValue()) form.scrollToField(first, { block: 'center' });
    },
  });

  return (
    <Form<CommunityOrgFormValues>
      form={form}
      layout="vertical"
      initialValues={record ? formValuesOf(record) : { fundsYuan: '0', memberCount: null, filedOn: null }}
      onFinish={(v) => save.mutate(v)}
      onFinishFailed={({ errorFields }) => {
        if (errorFields[0]) form.scrollToField(errorFields[0].name, { block: 'center' });
      }}
      disabled={save.isPending}
      scrollToFirstError={false}
      data-testid="community-form"
    >
      <CommunityOrgFormFields record={record} />
      <Flex justify="flex-end" gap={8} wrap>
        <Link to={back}>
          <Button>{t('common.cancel')}</Button>
        </Link>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="community-form-submit">
          {t(record ? 'communityOrgs.form.saveChanges' : 'communityOrgs.form.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

/** 社区社会组织备案 (new) and 变更备案信息 (`:id/edit`): the township's own filings only. */
export default function CommunityOrgFormPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const editing = id !== null;
  const record = useQuery({
    queryKey: communityOrgKeys.detail(id ?? 0),
    queryFn: () => fetchCommunityOrg(id!),
    enabled: editing && Number.isInteger(id) && id! > 0,
  });

  if (editing && (!Number.isInteger(id) || id! <= 0)) return <NotFoundPage />;
  if (!editing && (me.regionCode?.length ?? 0) !== 9)
    return <Alert type="warning" showIcon title={t('communityOrgs.form.townshipOnly')} />;
  if (editing && record.isPending) return <Skeleton active style={{ padding: 24 }} />;
  if (editing && record.isError) {
    if (isApiError(record.error) && record.error.status === 404) return <NotFoundPage />;
    return <Result status="warning" title={t('app.loadFailed')} subTitle={errorText(record.error, lang, t)} />;
  }
  const o = record.data;

  return (
    <>
      <PageHeader
        title={t(editing ? 'communityOrgs.editTitle' : 'communityOrgs.createTitle')}
        subtitle={o ? o.name : t('communityOrgs.createSubtitle', { township: me.regionName ?? '' })}
      />
      {o && o.status !== 'filed' ? (
        <Alert type="warning" showIcon title={t('communityOrgs.form.cancelledNoEdit')} />
      ) : (
        <Card>
          <FilingForm key={o ? `${o.id}-${o.version}` : 'new'} record={o} />
        </Card>
      )}
    </>
  );
}
