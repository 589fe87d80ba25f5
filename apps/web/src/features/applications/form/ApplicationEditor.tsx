import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ApplicationKind, TApplicationDetail, TOrg } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import {
  applicationKeys,
  createApplication,
  fetchApplication,
  submitApplication,
  updateApplication,
  type ApplicationCreateBody,
  type ApplicationUpdateBody,
} from '../api';
import {
  formValuesOf,
  maskedOf,
  toApplicationData,
  toAttachmentRefs,
  type ApplicationFormValues,
} from '../applicationForm';
import { isFoundingKind } from '../kinds';
import { lastReturn } from '../ReturnedComment';
import { AttachmentsField } from './AttachmentsField';
import { ChangeFields } from './ChangeFields';
import { FoundingFields } from './FoundingFields';
import { OrgKindFields } from './OrgKindFields';
import { showApiFieldErrors, useApplicationErrors } from './useApplicationErrors';
import { useLiveProblems } from './useLiveProblems';

/** Form errors antd raises itself (format rules): shown beside the fields already. */
const isFormError = (e: unknown) => typeof e === 'object' && e !== null && 'errorFields' in e;

/**
 * The form of one kind: saved as a draft as often as wanted, submitted when complete. A new application
 * becomes a draft at its first save; the API's field messages land beside the fields.
 */
export function ApplicationEditor({
  kind,
  initial,
  initialValues,
  org,
}: {
  kind: ApplicationKind;
  initial: TApplicationDetail | null;
  initialValues: ApplicationFormValues;
  /** The organization of an organization kind (current values beside a change). */
  org: TOrg | undefined;
}) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplicationFormValues>();
  const [current, setCurrent] = useState(initial);
  const problems = useLiveProblems(kind, form, org);
  const masked = current ? maskedOf(current.data) : {};
  const returned = current?.status === 'returned' ? lastReturn(current.history) : null;

  const reload = () => {
    if (!current) return;
    void queryClient
      .fetchQuery({ queryKey: applicationKeys.detail(current.id), queryFn: () => fetchApplication(current.id) })
      .then((fresh) => {
        setCurrent(fresh);
        form.resetFields();
        form.setFieldsValue(formValuesOf(fresh));
      });
  };
  const report = useApplicationErrors(form, kind, reload);

  // A submission refused on the detail page opens the form with the API's messages beside the fields.
  const location = useLocation();
  const handed = (location.state as { fieldErrors?: Record<string, string> } | null)?.fieldErrors;
  useEffect(() => {
    if (!handed) return undefined;
    // After the first render: fields that depend on watched values (会员数 of a social group) mount then.
    const timer = window.setTimeout(() => showApiFieldErrors(form, kind, handed), 0);
    return () => window.clearTimeout(timer);
  }, [handed, form, kind]);

  const save = async (): Promise<TApplicationDetail> => {
    await form.validateFields();
    const values = form.getFieldsValue(true) as ApplicationFormValues;
    const data = toApplicationData(kind, values);
    const attachments = toAttachmentRefs(values.attachments);
    const saved = current
      ? await updateApplication(current.id, {
          kind,
          version: current.version,
          data,
          attachments,
        } as ApplicationUpdateBody)
      : await createApplication({ kind, orgId: org?.id, data, attachments } as ApplicationCreateBody);
    setCurrent(saved);
    queryClient.setQueryData(applicationKeys.detail(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: applicationKeys.all, exact: false, refetchType: 'none' });
    if (!current) void navigate(`/applications/${saved.id}/edit`, { replace: true });
    return saved;
  };

  const draft = useMutation({
    mutationFn: save,
    onSuccess: () => message.success(t('applications.form.saved')),
    onError: (err) => (isFormError(err) ? undefined : report(err)),
  });
  const submit = useMutation({
    mutationFn: async () => {
      const saved = await save();
      return submitApplication(saved.id, saved.version);
    },
    onSuccess: (done) => {
      queryClient.setQueryData(applicationKeys.detail(done.id), done);
      void queryClient.invalidateQueries({ queryKey: ['todos'] });
      message.success(t('applications.submitted'));
      void navigate(`/applications/${done.id}`);
    },
    onError: (err) => (isFormError(err) ? undefined : report(err)),
  });
  const busy = draft.isPending || submit.isPending;

  return (
    <Card>
      {returned && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('applications.returnedTitle', { actor: returned.actorName })}
          description={returned.comment}
          data-testid="application-returned"
        />
      )}
      <Form<ApplicationFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        disabled={busy}
        onFinishFailed={({ errorFields }) => {
          if (errorFields[0]) form.scrollToField(errorFields[0].name, { block: 'center' });
        }}
        data-testid="application-form"
      >
        {isFoundingKind(kind) && <FoundingFields kind={kind} masked={masked} problems={problems} />}
        {kind === 'change' && <ChangeFields org={org} masked={masked} problems={problems} />}
        <OrgKindFields kind={kind} masked={masked} />
        <AttachmentsField kind={kind} />
        <Flex justify="flex-end" gap={8} wrap style={{ marginTop: 24 }}>
          <Link to={current ? `/applications/${current.id}` : '/applications'}>
            <Button>{t('common.cancel')}</Button>
          </Link>
          <Button
            onClick={() => draft.mutate()}
            loading={draft.isPending}
            disabled={busy}
            data-testid="application-save"
          >
            {t('applications.form.saveDraft')}
          </Button>
          <Button
            type="primary"
            onClick={() => submit.mutate()}
            loading={submit.isPending}
            disabled={busy}
            data-testid="application-submit"
          >
            {t(current?.status === 'returned' ? 'applications.form.resubmit' : 'applications.form.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
