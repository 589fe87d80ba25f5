import type { PenaltyKind } from '../credit/list-rules';

/**
 * The administrative penalty procedure of the registration authority, as pure rules. Bases:
 * 《中华人民共和国行政处罚法》(2021年修订, "行政处罚法"), 《社会组织登记管理机关行政处罚程序规定》 (the 民政部
 * rule applying it to social organizations), 《社会团体登记管理条例》第三十条至第三十三条,
 * 《民办非企业单位登记管理暂行条例》第二十四条至第二十六条, 《基金会管理条例》第四十二条至第四十三条,
 * 《中华人民共和国行政复议法》(2023) and 《中华人民共和国行政诉讼法》.
 */
export const PENALTY_KIND_LABELS: Record<PenaltyKind, string> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收违法所得/非法财产',
  suspension: '限期停止活动',
  leader_replacement: '责令撤换直接负责的主管人员',
  revocation: '撤销登记',
  certificate_withdrawal: '吊销登记证书',
};

/** Where a penalty stands. The order is the procedure's (行政处罚法第五章第二节、第三节、第六章). */
export const PENALTY_STATUSES = [
  'filed', // 立案 (第五十四条)
  'investigated', // 调查取证 (第五十五条、第五十六条)
  'notified', // 事先告知 (第四十四条、第四十五条)
  'hearing_requested', // 当事人要求听证 (第六十三条、第六十四条)
  'hearing_scheduled', // 听证通知 (第六十四条第二项)
  'heard', // 听证笔录 (第六十五条)
  'reviewed', // 法制审核 (第五十八条)
  'decided', // 决定 (第五十七条、第五十九条)
  'served', // 送达 (第六十一条)
  'executed', // 执行 (第六章)
  'closed', // 结案
] as const;
export type PenaltyStatus = (typeof PENALTY_STATUSES)[number];
export const PENALTY_STATUS_LABELS: Record<PenaltyStatus, string> = {
  filed: '已立案',
  investigated: '调查取证',
  notified: '已事先告知',
  hearing_requested: '当事人要求听证',
  hearing_scheduled: '已通知听证',
  heard: '已听证',
  reviewed: '法制审核通过',
  decided: '已作出处罚决定',
  served: '已送达',
  executed: '已执行',
  closed: '已结案',
};

/** One POST per step; each is allowed only from the states listed. */
export const PENALTY_ACTIONS = [
  'investigation',
  'prior_notice',
  'statement',
  'hearing',
  'hearing_record',
  'review',
  'decision',
  'service',
  'execution',
  'close',
] as const;
export type PenaltyAction = (typeof PENALTY_ACTIONS)[number];
export const PENALTY_ACTION_LABELS: Record<PenaltyAction, string> = {
  investigation: '调查取证',
  prior_notice: '事先告知',
  statement: '陈述申辩',
  hearing: '通知听证',
  hearing_record: '听证笔录',
  review: '法制审核',
  decision: '作出处罚决定',
  service: '送达',
  execution: '执行',
  close: '结案',
};

export const PENALTY_TRANSITIONS: Record<PenaltyAction, { from: readonly PenaltyStatus[]; to: PenaltyStatus }> = {
  // Evidence may be added until the prior notice states the facts found (第五十五条).
  investigation: { from: ['filed', 'investigated'], to: 'investigated' },
  // A review that sends the case back (补充调查) returns it to investigated; a new notice follows.
  prior_notice: { from: ['investigated'], to: 'notified' },
  // 陈述申辩, with or without a hearing request (第四十五条, 第六十四条第一项).
  statement: { from: ['notified'], to: 'notified' },
  hearing: { from: ['hearing_requested'], to: 'hearing_scheduled' },
  hearing_record: { from: ['hearing_scheduled'], to: 'heard' },
  review: { from: ['notified', 'heard'], to: 'reviewed' },
  decision: { from: ['reviewed'], to: 'decided' },
  service: { from: ['decided'], to: 'served' },
  execution: { from: ['served'], to: 'executed' },
  close: { from: ['executed'], to: 'closed' },
};

export function mayAct(status: PenaltyStatus, action: PenaltyAction): boolean {
  return PENALTY_TRANSITIONS[action].from.includes(status);
}

/** The actions open from a state, in procedure order (the web shows the first as the next step's form). */
export function nextActions(status: PenaltyStatus): PenaltyAction[] {
  return PENALTY_ACTIONS.filter((a) => mayAct(status, a));
}

/**
 * 较大数额罚款/没收 that opens a hearing (行政处罚法第六十三条第一款第一项, 第二项). The amount is set by each
 * province's rules, not by the law; we chose 5 万元 (5,000,000 fen) for organizations, the figure most
 * provincial rules (e.g. 浙江、重庆) use for legal persons. Callers pass the provincial value when it differs.
 */
export const LARGE_AMOUNT_FEN = 5_000_000;

/** Kinds that always open a hearing: 限期停止活动 (责令停产停业), 撤销登记 and 吊销 (许可证件) — 第六十三条. */
export const HEARING_KINDS: readonly PenaltyKind[] = ['suspension', 'revocation', 'certificate_withdrawal'];

export function hearingDue(
  p: { kinds: readonly PenaltyKind[]; fineFen: number | null; confiscatedFen: number | null },
  largeAmountFen: number = LARGE_AMOUNT_FEN,
): boolean {
  if (p.kinds.some((k) => HEARING_KINDS.includes(k))) return true;
  if (p.kinds.includes('fine') && (p.fineFen ?? 0) >= largeAmountFen) return true;
  return p.kinds.includes('confiscation') && (p.confiscatedFen ?? 0) >= largeAmountFen;
}

/**
 * Days after the prior notice in which the party states and defends: the law fixes no period (第四十五条), so
 * 3 days is this platform's default (the usual term of prior notices); 5 days where a hearing is offered, the
 * time the law gives to ask for one (第六十四条第一项). Natural days.
 */
export const STATEMENT_DAYS = 3;
export const HEARING_REQUEST_DAYS = 5;
/** The hearing notice reaches the party at least 7 days before the hearing (第六十四条第二项). */
export const HEARING_NOTICE_DAYS = 7;

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Last day of the statement period that starts with the notice. */
export function statementDeadline(noticeOn: string, hearing: boolean): string {
  return addDays(noticeOn, hearing ? HEARING_REQUEST_DAYS : STATEMENT_DAYS);
}

export interface DecisionFacts {
  status: PenaltyStatus;
  noticeOn: string | null;
  statementDeadline: string | null;
  /** The party's statement (or waiver of it) recorded: the period need not run out (第四十五条). */
  statementOn: string | null;
  hearingRequested: boolean;
  heardOn: string | null;
  reviewedOn: string | null;
}

/**
 * Why a decision may not be made yet; empty when it may. Without a prior notice, or before the period for
 * statement has passed, no penalty may be decided (行政处罚法第六十二条: 未告知或拒绝听取陈述申辩的，不得作出
 * 行政处罚决定); a requested hearing must be held; serious cases need the legal review (第五十八条), which this
 * platform asks of every penalty.
 */
export function decisionBlockers(f: DecisionFacts, today: string): string[] {
  const out: string[] = [];
  if (!f.noticeOn || !f.statementDeadline) {
    out.push('未送达行政处罚事先告知书，不得作出行政处罚决定');
  } else if (!f.statementOn && today <= f.statementDeadline) {
    out.push(`陈述申辩期限至${f.statementDeadline}届满，期限届满或当事人陈述申辩后方可作出决定`);
  }
  if (f.hearingRequested && !f.heardOn) out.push('当事人要求听证，须先举行听证');
  if (!f.reviewedOn) out.push('未经法制审核');
  if (f.status !== 'reviewed') out.push(`当前状态为「${PENALTY_STATUS_LABELS[f.status]}」，不能作出处罚决定`);
  return out;
}

/** 行政复议法 (2023) 第二十条: 60 days; 行政诉讼法第四十六条: 6 months. */
export const RECONSIDERATION_DAYS = 60;
export const LITIGATION_MONTHS = 6;

/** The rights the decision must state (行政处罚法第五十九条第一款第五项). */
export function remedyRights(reconsiderationBody: string, court: string): string {
  return (
    `如不服本决定，可以在收到本决定书之日起六十日内向${reconsiderationBody}申请行政复议，` +
    `也可以在收到本决定书之日起六个月内向${court}提起行政诉讼。` +
    '行政复议和行政诉讼期间，本决定不停止执行，法律另有规定的除外。'
  );
}

/** 双公示: penalty decisions are made public within 7 working days of the decision (国家发展改革委双公示规范). */
export const PUBLISH_WITHIN_WORKING_DAYS = 7;

/** The party must be told the kinds; amounts in fen for fine and confiscation, a term for suspension. */
export function amountProblems(p: {
  kinds: readonly PenaltyKind[];
  fineFen: number | null;
  confiscatedFen: number | null;
  suspensionMonths: number | null;
}): Record<string, string> {
  const e: Record<string, string> = {};
  if (p.kinds.includes('fine') !== (p.fineFen !== null && p.fineFen > 0))
    e.fineFen = p.kinds.includes('fine') ? '请填写罚款金额' : '未选择罚款，不应填写罚款金额';
  if (p.kinds.includes('confiscation') !== (p.confiscatedFen !== null && p.confiscatedFen > 0))
    e.confiscatedFen = p.kinds.includes('confiscation') ? '请填写没收金额' : '未选择没收，不应填写没收金额';
  if (p.kinds.includes('suspension') && !p.suspensionMonths) e.suspensionMonths = '请填写停止活动期限';
  if (p.kinds.includes('revocation') && p.kinds.includes('certificate_withdrawal'))
    e.kinds = '撤销登记与吊销登记证书不能同时适用';
  return e;
}

export function formatFen(fen: number): string {
  return `${(fen / 100).toFixed(2)}元`;
}

/** The penalty as the documents state it: 警告；罚款人民币5000.00元；限期停止活动3个月. */
export function penaltyText(p: {
  kinds: readonly PenaltyKind[];
  fineFen: number | null;
  confiscatedFen: number | null;
  suspensionMonths: number | null;
}): string {
  return p.kinds
    .map((k) => {
      if (k === 'fine') return `罚款人民币${formatFen(p.fineFen ?? 0)}`;
      if (k === 'confiscation') return `没收违法所得/非法财产人民币${formatFen(p.confiscatedFen ?? 0)}`;
      if (k === 'suspension') return `限期停止活动${p.suspensionMonths ?? 0}个月`;
      return PENALTY_KIND_LABELS[k];
    })
    .join('；');
}
