import { Alert, Button, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { bureauRegionOf, type ApplicationKind } from '@shezu/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useMe } from '../../../app/session';
import { useT } from '../../../lib/i18n';
import { fetchOrg, orgKeys } from '../../orgs/api';
import { applicationKeys, fetchApplication } from '../api';
import { formValuesOf, type ApplicationFormValues } from '../applicationForm';
import { isApplicationKind, isFoundingKind, kindsFor } from '../kinds';
import { ApplicationEditor } from './ApplicationEditor';

function newValues(kind: ApplicationKind, home: string | null): ApplicationFormValues {
  if (!isFoundingKind(kind)) return { changeFields: [], attachments: [] };
  return {
    type: kind === 'preparation' ? 'social_group' : undefined,
    authorityRegionCode: home ?? undefined,
    publicFundraising: false,
    supervisorUnitId: null,
    attachments: [],
  };
}

/** `/applications/new/:kind` and `/applications/:id/edit`: the applicant's form of each kind. */
export default function ApplicationFormPage() {
  const t = useT();
  const me = useMe();
  const params = useParams();
  const id = params.id ? Number(params.id) : null;
  const existing = useQuery({
    queryKey: applicationKeys.detail(id ?? 0),
    queryFn: () => fetchApplication(id!),
    enabled: id !== null,
  });
  const kind = existing.data?.kind ?? (isApplicationKind(params.kind) ? params.kind : undefined);
  const orgId = kind && !isFoundingKind(kind) ? (existing.data?.orgId ?? me.orgId) : null;
  const org = useQuery({
    queryKey: orgKeys.detail(orgId ?? 0),
    queryFn: () => fetchOrg(orgId!),
    enabled: orgId !== null,
  });

  const back = (
    <Link to={id ? `/applications/${id}` : '/applications'}>
      <Button>{t('common.back')}</Button>
    </Link>
  );
  const header = (
    <PageHeader
      title={kind ? t(`applicationKind.${kind}`) : t('applications.title')}
      subtitle={
        existing.data
          ? t('applications.editSubtitle', { id: existing.data.id, name: existing.data.orgName ?? '' })
          : org.data
            ? t('applications.forOrg', { name: org.data.name })
            : kind && t(`applications.kindHelp.${kind}`)
      }
      extra={back}
    />
  );

  if (id !== null && existing.isPending) return <Skeleton active />;
  if (existing.isError || !kind)
    return (
      <>
        {header}
        <Alert type="error" showIcon title={t('applications.notFound')} />
      </>
    );
  if (!existing.data && !kindsFor(me).includes(kind))
    return (
      <>
        {header}
        <Alert
          type="warning"
          showIcon
          title={t('applications.kindNotAllowed')}
          data-testid="application-kind-refused"
        />
      </>
    );
  if (existing.data && !existing.data.allowedActions.includes('edit'))
    return (
      <>
        {header}
        <Alert type="info" showIcon title={t('applications.notEditable')} data-testid="application-not-editable" />
      </>
    );

  const home = me.regionCode ? bureauRegionOf(me.regionCode) : null;
  return (
    <>
      {header}
      <ApplicationEditor
        kind={kind}
        initial={existing.data ?? null}
        initialValues={existing.data ? formValuesOf(existing.data) : newValues(kind, home)}
        org={org.data}
      />
    </>
  );
}
