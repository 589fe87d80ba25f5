import {
  PUBLISH_WITHIN_WORKING_DAYS,
  decisionBlockers,
  penaltyText,
  remedyRights,
  type TPenaltyDecision,
} from '@shezu/contracts';
import { AppError } from '../../../platform/errors';
import type { SupervisionDeps } from '../supervision-deps';
import { PenaltiesRepository, type PenaltyRow } from './penalties.repository';
import type { StepContext, StepOutcome } from './penalty-steps.service';

/** Before the state check, so that a decision without a prior notice is told why (行政处罚法第六十二条). */
export function decisionPrecheck(p: PenaltyRow, today: string): void {
  const blockers = decisionBlockers(p, today);
  if (blockers.length > 0) throw new AppError('CONFLICT', blockers.join('；'));
}

/**
 * 决定书 with the remedies and their time limits (第五十九条), `penalty_decided` for credit in the same
 * transaction, the 双公示 deadline (7 working days), and — for 撤销登记 and 吊销 — the register's own action.
 */
export async function decide(deps: SupervisionDeps, c: StepContext, b: TPenaltyDecision): Promise<StepOutcome> {
  const { trx, p, actor, today } = c;
  const steps = await new PenaltiesRepository(trx).steps(p.id);
  const evidence = steps.filter((s) => s.step === 'investigation');
  const files = evidence.reduce((n, s) => n + s.files.length, 0);
  const procedure =
    `本机关于${p.noticeOn}向你单位送达了行政处罚事先告知书，告知了拟作出行政处罚的事实、理由、依据及你单位依法享有的陈述、申辩` +
    (p.hearingDue ? '和要求听证' : '') +
    '的权利。' +
    (p.statementOn
      ? `你单位于${p.statementOn}提出陈述申辩：${p.statement ?? ''}。`
      : '你单位在规定期限内未提出陈述申辩。') +
    (p.heardOn ? `本机关于${p.heardOn}依法举行了听证。` : '');
  const amounts = {
    kinds: p.kinds,
    fineFen: p.fineFen,
    confiscatedFen: p.confiscatedFen,
    suspensionMonths: p.suspensionMonths,
  };
  const performance = p.kinds.includes('fine')
    ? '你单位应当自收到本决定书之日起十五日内，到指定银行或者通过电子支付系统缴纳罚款；到期不缴纳的，每日按罚款数额的百分之三加处罚款（《中华人民共和国行政处罚法》第六十七条、第七十二条）。'
    : '本决定自送达之日起执行。';
  const doc = await deps.documents.issue(trx, {
    kind: 'penalty_decision',
    authorityRegionCode: p.authorityRegionCode,
    fields: {
      addressee: p.orgName,
      uscc: p.uscc,
      facts: p.facts,
      evidence: `${evidence.map((s) => s.note).join('；')}（案卷证据材料共${files}份）`,
      procedure,
      basis: p.basis ?? '',
      penalty: penaltyText(amounts),
      performance,
      rights: remedyRights(b.reconsiderationBody, b.court),
    },
    linkedTo: { type: 'penalty', id: String(p.id) },
    orgId: p.orgId,
    actor,
  });
  const publishBy = (await deps.calendar.addWorkingDays(today, PUBLISH_WITHIN_WORKING_DAYS)).value;
  const ref = {
    orgId: p.orgId,
    orgName: p.orgName,
    uscc: p.uscc,
    regionCode: p.regionCode,
    authorityRegionCode: p.authorityRegionCode,
    supervisorUnitId: p.supervisorUnitId,
  };
  await deps.events.publish(
    trx,
    {
      name: 'penalty_decided',
      payload: {
        ...ref,
        penaltyId: p.id,
        decisionNumber: doc.number,
        kinds: p.kinds,
        fineFen: p.fineFen,
        confiscatedFen: p.confiscatedFen,
        decidedOn: today,
        decidedBy: null,
      },
    },
    actor,
  );
  const decision = { actor, basis: p.basis ?? '', decisionRef: doc.number, date: today, penaltyId: p.id };
  if (p.kinds.includes('revocation')) await deps.orgs.lifecycle.revoke(trx, p.orgId, decision);
  if (p.kinds.includes('certificate_withdrawal')) await deps.orgs.lifecycle.withdraw(trx, p.orgId, decision);
  return {
    status: 'decided',
    set: { decidedOn: today, decisionNumber: doc.number, publishBy },
    note: `${doc.number}：${penaltyText(amounts)}；双公示期限${publishBy}`,
    documentId: doc.id,
    summary: `作出行政处罚决定 ${doc.number}`,
  };
}
