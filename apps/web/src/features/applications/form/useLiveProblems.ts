import { useMemo } from 'react';
import { Form } from 'antd';
import type { FormInstance } from 'antd';
import type { ApplicationKind, TOrg } from '@shezu/contracts';
import type { ApplicationFormValues } from '../applicationForm';
import { isFoundingKind } from '../kinds';
import { changeFundsProblems, foundingProblems, type LiveProblems } from '../liveRules';

/** The registration rules' messages for the figures typed so far, recomputed on every keystroke. */
export function useLiveProblems(kind: ApplicationKind, form: FormInstance, org: TOrg | undefined): LiveProblems {
  const type = Form.useWatch('type', form) as ApplicationFormValues['type'];
  const authorityRegionCode = Form.useWatch('authorityRegionCode', form) as string | undefined;
  const memberCount = Form.useWatch('memberCount', form) as unknown;
  const unitMemberCount = Form.useWatch('unitMemberCount', form) as unknown;
  const registeredFundsYuan = Form.useWatch('registeredFundsYuan', form) as string | null | undefined;
  const publicFundraising = Form.useWatch('publicFundraising', form) as unknown;
  const changeFields = Form.useWatch('changeFields', form) as ApplicationFormValues['changeFields'];
  return useMemo(() => {
    const v: ApplicationFormValues = {
      type,
      authorityRegionCode,
      memberCount,
      unitMemberCount,
      registeredFundsYuan,
      publicFundraising,
      changeFields,
    };
    if (isFoundingKind(kind)) return foundingProblems(kind, v);
    if (kind === 'change') return changeFundsProblems(v, org);
    return {};
  }, [
    kind,
    org,
    type,
    authorityRegionCode,
    memberCount,
    unitMemberCount,
    registeredFundsYuan,
    publicFundraising,
    changeFields,
  ]);
}
