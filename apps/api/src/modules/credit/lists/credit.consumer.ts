import type { Kysely } from 'kysely';
import {
  CREDIT_RECORD_SUBTYPES,
  addChinaDays,
  isMinorPenalty,
  penaltyGrounds,
  type CreditGround,
  type CreditRecordSubtype,
  type EventName,
  type EventPayload,
  type PenaltyFacts,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { SYSTEM_ACTOR } from '../../../platform/auth/auth-user';
import { chinaDate, type Clock } from '../../../platform/clock';
import type { DeliveredEvent, EventConsumer } from '../../../platform/events/event-types';
import type { AuditService } from '../../../platform/audit/audit.service';
import type { OrgsQuery } from '../../orgs/orgs.query';
import type { CreditChanges } from '../credit-changes';
import { ListsRepository } from './lists.repository';
import type { ListedOrg, ListingWriter, Who } from './listing-writer';

export const CREDIT_CONSUMER = 'credit';
const EVENTS = [
  'annual_report_submitted',
  'annual_report_overdue',
  'annual_inspection_concluded',
  'org_revocation_candidate',
  'penalty_decided',
  'rectification_overdue',
  'activity_published',
  'council_renewed',
  'spot_check_concluded',
  'complaint_substantiated',
  'org_revoked',
  'org_certificate_withdrawn',
  'org_deregistered',
] as const satisfies readonly EventName[];
type Handled = (typeof EVENTS)[number];

const PENALTY_WORDS: Record<string, string> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收',
  suspension: '限期停止活动',
  leader_replacement: '责令撤换负责人',
  revocation: '撤销登记',
  certificate_withdrawal: '吊销登记证书',
};
const yuan = (fen: number | null) => (fen === null ? '' : `${(fen / 100).toLocaleString('zh-CN')}元`);

/** What one event becomes: a record (subtype, date, title, natural key) and whether the public sees it. */
function recordOf(e: DeliveredEvent<Handled>): {
  subtype: CreditRecordSubtype;
  on: string;
  title: string;
  key: string;
  pub: boolean;
} {
  const p = e.payload;
  switch (e.name) {
    case 'annual_report_submitted':
      return {
        subtype: 'annual_submitted',
        on: chinaDate(new Date(e.payload.submittedAt)),
        title: `提交${e.payload.year}年度工作报告`,
        key: String(e.payload.year),
        pub: false,
      };
    case 'annual_report_overdue':
      return {
        subtype: 'annual_overdue',
        on: addChinaDays(e.payload.deadline, 1),
        title: `${e.payload.year}年度工作报告逾期未报（截止${e.payload.deadline}）`,
        key: String(e.payload.year),
        pub: true,
      };
    case 'annual_inspection_concluded':
      return {
        subtype: 'annual_concluded',
        on: e.payload.concludedOn,
        title: `${e.payload.year}年度年检结论`,
        key: String(e.payload.reportId),
        pub: true,
      };
    case 'org_revocation_candidate':
      return {
        subtype: 'revocation_candidate',
        on: chinaDate(new Date(e.createdAt)),
        title: `撤销登记候选：${e.payload.ground}`,
        key: String(e.payload.year),
        pub: false,
      };
    case 'penalty_decided': {
      const kinds = e.payload.kinds.map((k) => PENALTY_WORDS[k] ?? k).join('、');
      const by = e.payload.decidedBy ? `${e.payload.decidedBy}：` : '';
      return {
        subtype: 'penalty',
        on: e.payload.decidedOn,
        title: `${by}${kinds}${yuan(e.payload.fineFen)}（${e.payload.decisionNumber}）`,
        key: e.payload.penaltyId === null ? `n:${e.payload.decisionNumber}` : String(e.payload.penaltyId),
        pub: true,
      };
    }
    case 'rectification_overdue':
      return {
        subtype: 'rectification_overdue',
        on: addChinaDays(e.payload.deadline, 1),
        title: `责令整改逾期未完成（期限${e.payload.deadline}）`,
        key: String(e.payload.measureId),
        pub: true,
      };
    case 'activity_published':
      return {
        subtype: 'activity',
        on: chinaDate(new Date(e.payload.publishedAt)),
        title: `活动公开：${e.payload.title}`,
        key: String(e.payload.activityId),
        pub: false,
      };
    case 'council_renewed':
      // Dormant detection reads the latest renewal (DormantFacts: council_renewed records).
      return {
        subtype: 'council_renewed',
        on: e.payload.renewedOn,
        title: `理事会（董事会）换届（${e.payload.renewedOn}）`,
        key: String(e.payload.majorMatterId),
        pub: true,
      };
    case 'spot_check_concluded':
      return {
        subtype: 'spot_check',
        on: e.payload.concludedOn,
        title: `双随机抽查：${e.payload.problemsFound ? '发现问题' : '未发现问题'}（${e.payload.title}）`,
        key: String(e.payload.checkId),
        pub: true,
      };
    case 'complaint_substantiated':
      return {
        subtype: 'complaint',
        on: e.payload.decidedOn,
        title: `投诉举报经查属实：${e.payload.summary}`,
        key: String(e.payload.complaintId),
        pub: false,
      };
    case 'org_revoked':
      return {
        subtype: 'revoked',
        on: e.payload.revokedOn,
        title: `撤销登记：${e.payload.ground}`,
        key: '',
        pub: true,
      };
    case 'org_certificate_withdrawn':
      return {
        subtype: 'withdrawn',
        on: e.payload.withdrawnOn,
        title: `吊销登记证书：${e.payload.ground}`,
        key: '',
        pub: true,
      };
    case 'org_deregistered':
      return { subtype: 'deregistered', on: e.payload.deregisteredOn, title: '注销登记', key: '', pub: true };
  }
  void p;
}

/**
 * The lists' consumer: each event of another module becomes a credit record (its natural key in `source_ref`
 * makes a redelivery a no-op) and, where 民政部令第60号 says so, a listing ground or a removal.
 */
export function creditConsumer(deps: {
  clock: Clock;
  audit: AuditService;
  orgsQuery: OrgsQuery;
  writer: ListingWriter;
  changes: CreditChanges;
}): EventConsumer<Handled> {
  const who: Who = { actor: SYSTEM_ACTOR, userId: null, name: null };
  return {
    name: CREDIT_CONSUMER,
    events: EVENTS,
    async handle(event, trx) {
      const p = event.payload as EventPayload<Handled>;
      const r = recordOf(event);
      const repo = new ListsRepository(trx);
      const facts = await deps.orgsQuery.facts(p.orgId, trx);
      const org: ListedOrg = {
        orgId: p.orgId,
        orgName: p.orgName,
        uscc: p.uscc,
        orgType: facts?.type ?? 'social_group',
        regionCode: p.regionCode,
        authorityRegionCode: p.authorityRegionCode,
        supervisorUnitId: p.supervisorUnitId ?? null,
      };
      const recordId = await repo.insertRecord({
        orgId: p.orgId,
        regionCode: p.regionCode,
        authorityRegionCode: p.authorityRegionCode,
        kind: CREDIT_RECORD_SUBTYPES[r.subtype].kind,
        subtype: r.subtype,
        occurredOn: r.on,
        title: r.title.slice(0, 500),
        data: JSON.stringify(p),
        public: r.pub,
        sourceRef: `${event.name}:${r.key}`,
        createdBy: null,
        createdByName: event.actorName,
        createdAt: deps.clock.now().toISOString(),
      });
      if (recordId === undefined) return; // delivered before: nothing new
      await deps.audit.record(trx, who.actor, {
        action: 'credit_record_added',
        entity: 'credit_record',
        entityId: recordId,
        regionCode: p.regionCode,
        summary: `${p.orgName}：${r.title}`.slice(0, 500),
      });
      const today = chinaDate(deps.clock.now());
      const cause = `event:${event.name}`;
      const list = (ground: CreditGround, detail: string, occurredOn = r.on) =>
        deps.writer.list(trx, org, { ground, occurredOn, detail, source: 'event', recordId }, who, today, cause);

      switch (event.name) {
        case 'annual_report_overdue':
          await list('annual_report', r.title);
          return;
        case 'rectification_overdue':
          await list('rectification_overdue', r.title);
          return;
        case 'annual_report_submitted':
          await fulfilAnnualReport(trx, event.payload.orgId, event.payload.year, r.on);
          await deps.changes.emit(trx, [p.orgId], cause);
          return;
        case 'penalty_decided': {
          const others = (await repo.records(p.orgId, ['penalty']))
            .filter((x) => x.id !== recordId)
            .map((x) => x.data as PenaltyFacts)
            .filter((x) => isMinorPenalty(x))
            .map((x) => x.decidedOn);
          let listed = false;
          for (const hit of penaltyGrounds(event.payload, others)) {
            if (hit.ground === 'revoked' && (await hasRevokedGround(trx, p.orgId))) continue;
            await list(hit.ground, r.title);
            listed = true;
          }
          // A listing already told the score; a penalty that lists nothing still counts for it.
          if (!listed) await deps.changes.emit(trx, [p.orgId], cause);
          return;
        }
        case 'org_revoked':
        case 'org_certificate_withdrawn':
          if (!(await hasRevokedGround(trx, p.orgId))) await list('revoked', r.title);
          return;
        case 'org_deregistered': {
          const active = await repo.active(p.orgId, 'dishonest');
          const grounds = active ? await repo.grounds([active.id]) : [];
          if (active && grounds.some((g) => g.ground === 'revoked'))
            await deps.writer.remove(
              trx,
              active,
              'deregistration_completed',
              `${r.on}注销登记办理完毕`,
              who,
              today,
              cause,
            );
          else await deps.changes.emit(trx, [p.orgId], cause);
          return;
        }
        default:
          await deps.changes.emit(trx, [p.orgId], cause);
      }
    },
  };
}

/** Revocation or withdrawal lists once, whether the penalty or the register's event comes first. */
async function hasRevokedGround(trx: Kysely<DB>, orgId: number): Promise<boolean> {
  return (await new ListsRepository(trx).groundsOfOrg(orgId)).some((g) => g.ground === 'revoked');
}

/** A submitted report meets the obligation behind that year's `annual_report` ground (the org may apply). */
async function fulfilAnnualReport(trx: Kysely<DB>, orgId: number, year: number, on: string): Promise<void> {
  const repo = new ListsRepository(trx);
  const open = (await repo.groundsOfOrg(orgId)).filter((g) => g.ground === 'annual_report' && !g.fulfilledOn);
  const records = await repo.recordsByIds(open.flatMap((g) => (g.recordId ? [g.recordId] : [])));
  for (const g of open) {
    const rec = records.find((x) => x.id === g.recordId);
    if ((rec?.data as { year?: number } | undefined)?.year === year) await repo.fulfilGround(g.id, on);
  }
}
