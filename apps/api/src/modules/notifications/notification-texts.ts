import type { NotifiableEventName } from '@shezu/contracts';
import type { DeliveredEvent } from '../../platform/events/event-types';

export interface NotificationText {
  title: string;
  body: string | null;
  /** Path inside the web app. */
  link: string | null;
}

const CONCLUSIONS = { pass: '合格', basic_pass: '基本合格', fail: '不合格' } as const;
const PENALTIES = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收违法所得或非法财产',
  suspension: '限期停止活动',
  leader_replacement: '责令撤换负责人',
  revocation: '撤销登记',
  certificate_withdrawal: '吊销登记证书',
} as const;
const MEASURES = { reminder_talk: '谈话提醒', reminder_letter: '工作提醒函', rectification_order: '责令改正通知书' };

/** Money is kept in fen; this is display text, so it is formatted here as yuan. */
function yuan(fen: number): string {
  return `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}

/** The title, text and link a followed event shows as a notification. */
export function describeEvent(e: DeliveredEvent<NotifiableEventName>): NotificationText {
  const org = `/orgs/${e.payload.orgId}`;
  switch (e.name) {
    case 'org_registered': {
      const p = e.payload;
      const filed = p.orgType === 'community_org';
      return {
        title: `${p.orgName} ${filed ? '已备案' : '已成立登记'}`,
        body: `${p.uscc ? `统一社会信用代码 ${p.uscc}，` : ''}${filed ? '备案' : '登记'}日期 ${p.registeredOn}`,
        link: org,
      };
    }
    case 'org_changed':
      return {
        title: `${e.payload.orgName} 变更登记`,
        body: `变更事项：${e.payload.changedFields.join('、')}；核准日期 ${e.payload.changedOn}`,
        link: org,
      };
    case 'org_deregistered':
      return { title: `${e.payload.orgName} 已注销登记`, body: `注销日期 ${e.payload.deregisteredOn}`, link: org };
    case 'org_revoked':
      return {
        title: `${e.payload.orgName} 被撤销登记`,
        body: `${e.payload.revokedOn}：${e.payload.ground}`,
        link: org,
      };
    case 'org_certificate_withdrawn':
      return {
        title: `${e.payload.orgName} 被吊销登记证书`,
        body: `${e.payload.withdrawnOn}：${e.payload.ground}`,
        link: org,
      };
    case 'annual_report_submitted':
      return {
        title: `${e.payload.orgName} 提交了 ${e.payload.year} 年度报告`,
        body: null,
        link: `/annual-reports/${e.payload.reportId}`,
      };
    case 'annual_report_overdue':
      return {
        title: `${e.payload.orgName} ${e.payload.year} 年度报告逾期未报`,
        body: `报送截止日期 ${e.payload.deadline}`,
        link: org,
      };
    case 'annual_inspection_concluded':
      return {
        title: `${e.payload.orgName} ${e.payload.year} 年检结论：${CONCLUSIONS[e.payload.conclusion]}`,
        body: `结论日期 ${e.payload.concludedOn}`,
        link: `/annual-reports/${e.payload.reportId}`,
      };
    case 'org_revocation_candidate':
      return { title: `${e.payload.orgName} 列为撤销登记候选`, body: e.payload.ground, link: org };
    case 'penalty_decided': {
      const p = e.payload;
      const kinds = p.kinds.map((k) => (k === 'fine' && p.fineFen ? `罚款 ${yuan(p.fineFen)}` : PENALTIES[k]));
      return {
        title: `${p.orgName} 受到行政处罚`,
        body: `${p.decidedBy ?? ''}${p.decisionNumber}：${kinds.join('、')}（${p.decidedOn}）`,
        link: p.penaltyId ? `/penalties/${p.penaltyId}` : org,
      };
    }
    case 'rectification_overdue':
      return {
        title: `${e.payload.orgName} 整改逾期`,
        body: `${MEASURES[e.payload.measure]}，整改期限 ${e.payload.deadline}`,
        link: org,
      };
    case 'activity_published':
      return {
        title: `${e.payload.orgName} 公开了活动：${e.payload.title}`,
        body: null,
        link: `/activities/${e.payload.activityId}`,
      };
    case 'council_renewed':
      return { title: `${e.payload.orgName} 完成换届`, body: `换届日期 ${e.payload.renewedOn}`, link: org };
    case 'major_matter_late':
      return {
        title: `${e.payload.orgName} 重大事项未按时报告：${e.payload.title}`,
        body: `事项日期 ${e.payload.happensOn}，应于 ${e.payload.dueOn} 前报告，实际 ${e.payload.reportedOn} 报告`,
        link: `/major-matters/${e.payload.majorMatterId}`,
      };
    case 'spot_check_concluded':
      return {
        title: `${e.payload.orgName} 抽查结果：${e.payload.problemsFound ? '发现问题，需整改' : '未发现问题'}`,
        body: `${e.payload.title}（${e.payload.concludedOn}）`,
        link: `/spot-checks/${e.payload.checkId}`,
      };
    case 'complaint_received':
      return { title: `${e.payload.orgName} 收到投诉举报`, body: `收到日期 ${e.payload.receivedOn}`, link: org };
    case 'complaint_substantiated':
      return {
        title: `${e.payload.orgName} 投诉举报经查属实`,
        body: `${e.payload.summary}（${e.payload.decidedOn}）`,
        link: e.payload.caseId ? `/supervision-cases/${e.payload.caseId}` : org,
      };
  }
}
