import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { TCreditRequest } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { ListTag, RequestStatusTag } from './CreditTags';
import { EvidenceLinks } from './ListingFacts';

/** A request as both sides read it: what was asked and why, where it stands, the deadline, the decision. */
export function RequestItem({
  r,
  showOrg,
  linkListing,
  actions,
}: {
  r: TCreditRequest;
  showOrg?: boolean;
  linkListing?: boolean;
  actions?: ReactNode;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <Flex vertical gap={4} data-testid={`credit-request-${r.id}`}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{t(`credit.kind.${r.kind}`)}</Typography.Text>
          <RequestStatusTag status={r.status} testId={`credit-request-status-${r.id}`} />
          <ListTag list={r.list} />
          {showOrg &&
            (linkListing ? (
              <Link to={`/credit-listings/${r.listingId}`} data-testid={`credit-request-listing-${r.id}`}>
                {r.orgName}
              </Link>
            ) : (
              <Typography.Text>{r.orgName}</Typography.Text>
            ))}
        </Flex>
        {actions}
      </Flex>
      <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{r.reason}</Typography.Paragraph>
      <EvidenceLinks ids={r.evidence} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('credit.requests.submittedAt', { name: r.submittedByName ?? '—', at: f.dateTime(r.submittedAt) })}
        {r.verifiedOn && ` · ${t('credit.requests.verifiedOn', { date: f.date(r.verifiedOn) })}`}
      </Typography.Text>
      {r.removeBy && r.status === 'verified' && (
        <Typography.Text type="warning" data-testid={`credit-request-remove-by-${r.id}`}>
          {t('credit.requests.removeBy', { date: f.date(r.removeBy) })}
        </Typography.Text>
      )}
      {r.decidedAt && (
        <Typography.Text data-testid={`credit-request-decision-${r.id}`}>
          {t('credit.requests.decided', { name: r.decidedByName ?? '—', at: f.dateTime(r.decidedAt) })}
          {r.decisionReason && `：${r.decisionReason}`}
        </Typography.Text>
      )}
    </Flex>
  );
}
