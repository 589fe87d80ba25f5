import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { TPublicInspectionResult } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { ConclusionTag } from '../ReportTags';
import { PublicPart } from './PublicPart';

/** One published conclusion: year (or organization), 合格/基本合格/不合格, the authority and date, the public part. */
export function InspectionItem({ item, showOrg }: { item: TPublicInspectionResult; showOrg?: boolean }) {
  const t = useT();
  const f = useFormat();
  return (
    <Flex vertical gap={4} data-testid={`inspection-${item.reportId}`} style={{ minWidth: 0 }}>
      <Flex gap={8} align="center" wrap>
        {showOrg ? (
          <Link to={`/org/${item.uscc}`} style={{ fontWeight: 500 }}>
            {item.orgName}
          </Link>
        ) : (
          <Typography.Text strong>{t('annualReports.public.year', { year: item.year })}</Typography.Text>
        )}
        <ConclusionTag conclusion={item.conclusion} testId={`inspection-conclusion-${item.reportId}`} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {showOrg && `${item.uscc} · `}
        {t('annualReports.public.concludedBy', { authority: item.authorityName, date: f.date(item.concludedOn) })}
      </Typography.Text>
      <PublicPart items={item.publicPart} testId={`inspection-part-${item.reportId}`} />
    </Flex>
  );
}
