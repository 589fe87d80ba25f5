import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { TPublicCreditListing } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { GroundText, ListingStatusTag, ListTag, RemovalLine } from '../CreditTags';

/** One published listing: who, on which list, on what ground and basis, since when, decided by whom; and if it left, when and why. */
export function PublicListingItem({ l, showOrg }: { l: TPublicCreditListing; showOrg?: boolean }) {
  const t = useT();
  const f = useFormat();
  return (
    <Flex vertical gap={6} data-testid={`public-credit-${l.id}`} data-status={l.status}>
      <Flex gap={8} align="center" wrap>
        {showOrg &&
          (l.uscc ? (
            <Link to={`/org/${l.uscc}`} style={{ fontWeight: 600 }} data-testid={`public-credit-org-${l.id}`}>
              {l.orgName}
            </Link>
          ) : (
            <Typography.Text strong>{l.orgName}</Typography.Text>
          ))}
        <ListTag list={l.list} />
        <ListingStatusTag status={l.status} />
      </Flex>
      {l.grounds.map((g) => (
        <GroundText key={`${g.ground}-${g.occurredOn}`} g={g} />
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('credit.public.listedOn', { date: f.date(l.listedOn) })} ·{' '}
        {t('credit.public.authority', { name: l.authorityName })}
      </Typography.Text>
      <RemovalLine l={l} />
    </Flex>
  );
}
