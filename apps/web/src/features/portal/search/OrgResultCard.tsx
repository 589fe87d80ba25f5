import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { OrgStatusTag } from '../../orgs/OrgStatusTag';
import type { PublicOrg } from '../api';

export const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/** One search hit: a card rather than a table row, so it reads the same on a phone and a desktop. */
export function OrgResultCard({ org }: { org: PublicOrg }) {
  const t = useT();
  const f = useFormat();
  const removed = org.status !== 'registered';
  return (
    <Card size="small" data-testid={`portal-result-${org.uscc}`} data-status={org.status}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Link to={`/org/${org.uscc}`} style={{ fontWeight: 600, fontSize: 15 }} data-testid="portal-result-link">
          {org.name}
        </Link>
        <Flex gap={6} align="center">
          <OrgStatusTag status={org.status} />
          {removed && org.statusDate && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.date(org.statusDate)}
            </Typography.Text>
          )}
        </Flex>
      </Flex>
      <div style={{ ...mono, fontSize: 13, marginTop: 4 }} data-testid="portal-result-uscc">
        {org.uscc}
      </div>
      <Flex wrap gap="2px 16px" style={{ fontSize: 13, marginTop: 4 }}>
        <Typography.Text type="secondary">{t(`orgType.${org.type}`)}</Typography.Text>
        <Typography.Text type="secondary">{org.authorityName}</Typography.Text>
        <Typography.Text type="secondary">
          {t('portal.result.founded', { date: f.date(org.foundedOn) })}
        </Typography.Text>
        <Typography.Text type="secondary">{org.regionName}</Typography.Text>
      </Flex>
    </Card>
  );
}
