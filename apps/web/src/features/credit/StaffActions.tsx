import { useState } from 'react';
import { Button, Flex } from 'antd';
import { can, useMe } from '../../app/session';
import { useT } from '../../lib/i18n';
import type { PickedOrg } from './formBits';
import { LetterDrawer } from './LetterDrawer';
import { NewListingDrawer } from './NewListingDrawer';
import { PenaltyDrawer } from './PenaltyDrawer';

type Open = 'list' | 'penalty' | 'letter' | null;

/** The authority's three entries (列入名录, another department's penalty, a registered letter), for one org or any. */
export function StaffActions({ org }: { org?: PickedOrg }) {
  const t = useT();
  const me = useMe();
  const [open, setOpen] = useState<Open>(null);
  if (!can(me, 'credit.decide')) return null;
  const close = () => setOpen(null);
  return (
    <Flex gap={8} wrap>
      <Button type="primary" onClick={() => setOpen('list')} data-testid="credit-new">
        {t('credit.action.list')}
      </Button>
      <Button onClick={() => setOpen('penalty')} data-testid="credit-penalty">
        {t('credit.action.penalty')}
      </Button>
      <Button onClick={() => setOpen('letter')} data-testid="credit-letter">
        {t('credit.action.letter')}
      </Button>
      <NewListingDrawer open={open === 'list'} onClose={close} org={org} />
      <PenaltyDrawer open={open === 'penalty'} onClose={close} org={org} />
      <LetterDrawer open={open === 'letter'} onClose={close} org={org} />
    </Flex>
  );
}
