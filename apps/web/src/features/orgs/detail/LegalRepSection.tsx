import { Button, Descriptions, Grid, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import type { TOrg } from '@shezu/contracts';
import { useCan } from '../../../app/session';
import { useApiErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { fetchOrgPersonalData } from '../api';

/**
 * 法定代表人: ID number and phone masked; a role that needs them asks for the full values, and the API
 * writes each look to the audit log.
 */
export function LegalRepSection({ org }: { org: TOrg }) {
  const t = useT();
  const canSeePii = useCan('orgs.pii');
  const handleError = useApiErrorHandler();
  const reveal = useMutation({ mutationFn: () => fetchOrgPersonalData(org.id), onError: (err) => handleError(err) });
  const pii = reveal.data;
  const none = t('orgs.notRecorded');
  const phone = Grid.useBreakpoint().md === false;

  return (
    <Descriptions
      title={t('orgs.section.legalRep')}
      layout={phone ? 'vertical' : 'horizontal'}
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
      style={{ marginBottom: 24 }}
      data-testid="org-section-legal-rep"
      extra={
        canSeePii &&
        (pii ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="org-pii-audited">
            {t('orgs.pii.audited')}
          </Typography.Text>
        ) : (
          <Button
            size="small"
            icon={<EyeOutlined />}
            loading={reveal.isPending}
            onClick={() => reveal.mutate()}
            data-testid="org-pii-reveal"
          >
            {t('orgs.pii.reveal')}
          </Button>
        ))
      }
      items={[
        { key: 'name', label: t('orgField.legalRepName'), children: org.legalRepName },
        {
          key: 'id',
          label: t('orgs.pii.idNumber'),
          children: (
            <span data-testid="org-pii-id">
              {pii ? (pii.legalRepIdNumber ?? none) : (org.legalRepIdMasked ?? none)}
            </span>
          ),
        },
        {
          key: 'phone',
          label: t('orgs.pii.phone'),
          children: (
            <span data-testid="org-pii-phone">
              {pii ? (pii.legalRepPhone ?? none) : (org.legalRepPhoneMasked ?? none)}
            </span>
          ),
        },
      ]}
    />
  );
}
