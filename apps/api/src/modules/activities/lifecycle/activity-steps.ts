import type { ActivityAction } from '@shezu/contracts';
import type { ActivityRow } from './activities.repository';

/** Where an activity sits for authorization: its domicile, its bureau (本级), its supervising unit, its org. */
export const activityResource = (
  a: Pick<ActivityRow, 'regionCode' | 'authorityRegionCode' | 'supervisorUnitId' | 'orgId'>,
) => ({
  regionCode: a.regionCode,
  authorityRegionCode: a.authorityRegionCode,
  unitIds: [a.supervisorUnitId],
  orgId: a.orgId,
});

/** To-do keys: the bureau's (approval, review) and the organization's (refused, returned). */
export const staffTodoKey = (id: number) => `activity:${id}:staff`;
export const orgTodoKey = (id: number) => `activity:${id}:org`;

export const STEP_LABELS: Record<ActivityAction, string> = {
  edit: '修改',
  request_approval: '申请审批',
  start: '开始活动',
  finish: '填报活动总结',
  submit: '提交审核',
  decide_approval: '审批',
  review: '审核',
  unpublish: '撤下',
  cancel: '取消',
};
