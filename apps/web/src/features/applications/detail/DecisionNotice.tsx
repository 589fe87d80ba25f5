import { useEffect, type ReactNode } from 'react';
import { Alert, Button, Flex } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { TApplicationDetail } from '@shezu/contracts';
import { ME_KEY, can, useMe } from '../../../app/session';
import { useApiErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { downloadCertificate } from '../api';
import { kindsFor } from '../kinds';
import { lastReturn } from '../ReturnedComment';

/** The notice's text with its buttons below it (beside it they squeeze the text on a phone). */
function Body({ text, actions }: { text?: ReactNode; actions?: ReactNode }) {
  return (
    <>
      {text && <div style={{ whiteSpace: 'pre-wrap' }}>{text}</div>}
      {actions && (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {actions}
        </Flex>
      )}
    </>
  );
}

/** What the latest step means for the applicant: correct and resubmit, the decision, and what it brought. */
export function DecisionNotice({ app }: { app: TApplicationDetail }) {
  const t = useT();
  const f = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const certificate = useMutation({ mutationFn: downloadCertificate, onError: (err) => handleError(err) });
  const founded = app.kind === 'establishment' && app.status === 'approved';
  const becameOrg = founded && me.roles.includes('applicant');

  // The approval made the founder's account the organization's: load its new roles and permissions.
  useEffect(() => {
    if (becameOrg) void queryClient.invalidateQueries({ queryKey: ME_KEY });
  }, [becameOrg, queryClient]);

  if (app.status === 'returned') {
    const r = lastReturn(app.history);
    return (
      <Alert
        type="warning"
        showIcon
        title={t('applications.returnedTitle', { actor: r?.actorName ?? '' })}
        description={
          <Body
            text={r?.comment}
            actions={
              app.allowedActions.includes('edit') && (
                <Link to={`/applications/${app.id}/edit`}>
                  <Button size="small" type="primary">
                    {t('applications.correct')}
                  </Button>
                </Link>
              )
            }
          />
        }
        data-testid="application-returned"
      />
    );
  }
  if (app.status === 'rejected')
    return (
      <Alert
        type="error"
        showIcon
        title={t('applications.rejectedTitle')}
        description={app.decisionReason}
        data-testid="application-rejected"
      />
    );
  if (app.status !== 'approved') return null;

  const orgLink = app.orgId !== null && can(me, 'orgs.read') && (
    <Link to={`/orgs/${app.orgId}`} data-testid="application-org-link">
      <Button size="small">{t('applications.viewOrg')}</Button>
    </Link>
  );
  if (app.kind === 'preparation')
    return (
      <Alert
        type="success"
        showIcon
        title={t('applications.preparationApproved', { date: f.date(app.establishmentDeadline) })}
        description={
          <Body
            actions={
              kindsFor(me).includes('establishment') && (
                <Link to="/applications/new/establishment">
                  <Button size="small" type="primary" data-testid="application-apply-establishment">
                    {t('applications.applyEstablishment')}
                  </Button>
                </Link>
              )
            }
          />
        }
        data-testid="application-approved"
      />
    );
  return (
    <Alert
      type="success"
      showIcon
      title={t(founded ? 'applications.establishedTitle' : 'applications.approvedTitle', {
        kind: t(`applicationKind.${app.kind}`),
        date: f.date(app.decidedAt),
      })}
      description={
        <Body
          text={founded ? t('applications.establishedText') : undefined}
          actions={
            <>
              {app.certificateDocumentId !== null && (
                <Button
                  size="small"
                  type="primary"
                  icon={<DownloadOutlined />}
                  loading={certificate.isPending}
                  onClick={() => certificate.mutate(app.certificateDocumentId!)}
                  data-testid="application-certificate"
                >
                  {t('applications.certificate')}
                </Button>
              )}
              {orgLink}
            </>
          }
        />
      }
      data-testid="application-approved"
    />
  );
}
