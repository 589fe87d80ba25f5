import { useState } from 'react';
import { Button } from 'antd';
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import type { TMe, TOrg } from '@shezu/contracts';
import { can, useMe } from '../../../app/session';
import { useT } from '../../../lib/i18n';
import { CorrectOrgDrawer } from './CorrectOrgDrawer';
import { StatusDecisionDialog, type StatusAction } from './StatusDecisionDialog';

/**
 * Whether the user decides on this organization: the bureau that registered it (本级). A city clerk
 * reads a county's organizations but does not correct or revoke them; the API answers 403 anyway.
 */
export function decidesOn(me: TMe, org: Pick<TOrg, 'authorityRegionCode'>): boolean {
  return can(me, 'orgs.manage') && me.regionCode === org.authorityRegionCode;
}

/** 更正, 撤销登记, 吊销登记证书 — for the registering bureau only; removal only while registered. */
export function OrgActions({ org }: { org: TOrg }) {
  const t = useT();
  const me = useMe();
  const [open, setOpen] = useState<'correct' | StatusAction | null>(null);
  if (!decidesOn(me, org)) return null;
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen('correct')} data-testid="org-correct">
        {t('orgs.correct')}
      </Button>
      {org.status === 'registered' && (
        <>
          <Button danger icon={<StopOutlined />} onClick={() => setOpen('revoke')} data-testid="org-revoke">
            {t('orgs.revoke')}
          </Button>
          <Button danger onClick={() => setOpen('withdraw')} data-testid="org-withdraw">
            {t('orgs.withdraw')}
          </Button>
        </>
      )}
      {open === 'correct' && <CorrectOrgDrawer org={org} onClose={() => setOpen(null)} />}
      {(open === 'revoke' || open === 'withdraw') && (
        <StatusDecisionDialog org={org} action={open} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
