import { Flex } from 'antd';
import type { TOrg } from '@shezu/contracts';
import { CreditScoreCard } from '../credit-scores/CreditScoreCard';
import { CreditProfileView } from './CreditProfileView';
import { StaffActions } from './StaffActions';

/**
 * The 信用 tab of the staff org page. Kept to a list of blocks so other parts of credit (the score card)
 * add theirs as one line here.
 */
export default function CreditTab({ org }: { org: TOrg }) {
  return (
    <Flex vertical gap={12} data-testid="org-credit-tab">
      <StaffActions org={{ id: org.id, name: org.name, uscc: org.uscc }} />
      <CreditScoreCard orgId={org.id} />
      <CreditProfileView orgId={org.id} />
    </Flex>
  );
}
