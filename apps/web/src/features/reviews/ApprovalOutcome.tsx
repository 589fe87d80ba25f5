import { Alert, Button, Flex } from 'antd';
import { BankOutlined, FilePdfOutlined, RightOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { TApplicationDetail } from '@shezu/contracts';
import { useCan } from '../../app/session';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { downloadCertificate } from './api';

/** After an establishment is approved: the new organization in the register and its certificate. */
export function ApprovalOutcome({ application, nextId }: { application: TApplicationDetail; nextId: number | null }) {
  const t = useT();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const canReadOrgs = useCan('orgs.read');
  const canReadDocuments = useCan('documents.read');
  const a = application;
  if (a.status !== 'approved' || a.kind !== 'establishment' || !a.orgId) return null;
  const certificate = a.certificateDocumentId;
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="review-outcome"
      title={t('reviews.outcome.title')}
      description={
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {canReadOrgs && (
            <Button
              icon={<BankOutlined />}
              onClick={() => void navigate(`/orgs/${a.orgId}`)}
              data-testid="review-outcome-org"
            >
              {t('reviews.outcome.org', { name: a.orgName ?? '' })}
            </Button>
          )}
          {canReadDocuments && certificate && (
            <Button
              icon={<FilePdfOutlined />}
              onClick={() => void downloadCertificate(certificate).catch((e: unknown) => handleError(e))}
              data-testid="review-outcome-certificate"
            >
              {t('reviews.outcome.certificate')}
            </Button>
          )}
          {nextId && (
            <Button
              type="primary"
              onClick={() => void navigate(`/reviews/${nextId}`)}
              data-testid="review-outcome-next"
            >
              {t('reviews.outcome.next')} <RightOutlined />
            </Button>
          )}
        </Flex>
      }
    />
  );
}
