import type { Kysely } from 'kysely';
import { authorityNameOf, type OrgEventKind, type OrgStatus } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor } from '../../platform/auth/auth-user';
import type { EventsService } from '../../platform/events/events.service';
import { AppError, notFound } from '../../platform/errors';
import { AnnouncementsRepository } from './announcements.repository';
import { OrgEventsRepository } from './org-events.repository';
import { OrgsRepository, type OrgRecord } from './orgs.repository';

export interface StatusDecision {
  actor: Actor;
  /** Legal ground (e.g. 《社会团体登记管理条例》第三十条). */
  basis: string;
  /** The decision's number (决定书文号) or the application it concludes. */
  decisionRef: string;
  /** Effective date; defaults to today in China. */
  date?: string;
  /** The penalty whose decision this is (撤销登记, 吊销), carried on the domain event. */
  penaltyId?: number | null;
}

const STATUS_TEXT: Record<Exclude<OrgStatus, 'registered'>, { event: string; title: string }> = {
  deregistered: { event: '注销登记', title: '注销登记公告' },
  revoked: { event: '撤销登记', title: '撤销登记公告' },
  withdrawn: { event: '吊销登记证书', title: '吊销登记证书公告' },
};

/**
 * The only way an organization leaves the register (注销, 撤销登记, 吊销): status, public event,
 * announcement and domain event together, in one transaction. The penalty module calls revoke/withdraw.
 */
export class OrgLifecycle {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  revoke(trx: Kysely<DB> | null, orgId: number, d: StatusDecision): Promise<OrgRecord> {
    return this.remove(trx, orgId, 'revoked', d);
  }

  withdraw(trx: Kysely<DB> | null, orgId: number, d: StatusDecision): Promise<OrgRecord> {
    return this.remove(trx, orgId, 'withdrawn', d);
  }

  deregister(
    trx: Kysely<DB> | null,
    orgId: number,
    d: StatusDecision & { applicationId: number | null },
  ): Promise<OrgRecord> {
    return this.remove(trx, orgId, 'deregistered', d, d.applicationId);
  }

  private async remove(
    outer: Kysely<DB> | null,
    orgId: number,
    status: Exclude<OrgStatus, 'registered'>,
    d: StatusDecision,
    applicationId: number | null = null,
  ): Promise<OrgRecord> {
    const run = async (trx: Kysely<DB>) => {
      const repo = new OrgsRepository(trx);
      const org = await repo.findById(orgId);
      if (!org) throw notFound('社会组织不存在');
      if (org.status !== 'registered')
        throw new AppError(
          'CONFLICT',
          `该组织已${STATUS_TEXT[org.status as Exclude<OrgStatus, 'registered'>]?.event ?? org.status}，不能重复办理`,
        );
      const date = d.date ?? chinaDate(this.clock.now());
      const at = this.clock.now().toISOString();
      const text = STATUS_TEXT[status];
      const reason = `${d.basis}（${d.decisionRef}）`;
      if (
        !(await repo.update(org.id, org.version, { status, statusDate: date, statusReason: reason, updatedAt: at }))
      ) {
        throw new AppError('STALE_VERSION');
      }
      await new OrgEventsRepository(trx).insert({
        orgId,
        kind: status,
        occurredOn: date,
        at,
        actorId: d.actor.userId,
        actorName: d.actor.name,
        basis: reason,
        summary: text.event,
        changes: [{ field: 'status', before: org.status, after: status }],
        public: true,
      });
      await this.announce(
        trx,
        org,
        text.title,
        `${org.name}（统一社会信用代码：${org.uscc}）于${date}被${status === 'deregistered' ? '准予' : '依法'}${text.event}。依据：${reason}。`,
        date,
        status,
      );
      const ref = {
        orgId,
        orgName: org.name,
        uscc: org.uscc,
        regionCode: org.regionCode,
        authorityRegionCode: org.authorityRegionCode,
        supervisorUnitId: org.supervisorUnitId,
      };
      if (status === 'deregistered')
        await this.events.publish(
          trx,
          { name: 'org_deregistered', payload: { ...ref, deregisteredOn: date, applicationId } },
          d.actor,
        );
      if (status === 'revoked')
        await this.events.publish(
          trx,
          { name: 'org_revoked', payload: { ...ref, revokedOn: date, ground: reason, penaltyId: d.penaltyId ?? null } },
          d.actor,
        );
      if (status === 'withdrawn')
        await this.events.publish(
          trx,
          {
            name: 'org_certificate_withdrawn',
            payload: { ...ref, withdrawnOn: date, ground: reason, penaltyId: d.penaltyId ?? null },
          },
          d.actor,
        );
      await this.audit.record(trx, d.actor, {
        action: status,
        entity: 'organization',
        entityId: orgId,
        regionCode: org.regionCode,
        summary: `${text.event}：${org.name}`,
        before: { status: org.status },
        after: { status, statusDate: date, statusReason: reason },
      });
      return (await repo.findById(orgId))!;
    };
    return outer ? run(outer) : this.db.transaction().execute(run);
  }

  /**
   * A timeline event that changes no status — a charter approved (章程核准), a responsible person filed
   * (负责人备案), a certificate issued — written and audited in the caller's transaction.
   */
  async record(
    trx: Kysely<DB>,
    orgId: number,
    e: {
      kind: Extract<OrgEventKind, 'charter_approved' | 'responsible_person_filed' | 'certificate_issued'>;
      summary: string;
      basis: string;
      public: boolean;
      changes?: { field: string; before: unknown; after: unknown }[];
      actor: Actor;
    },
  ): Promise<void> {
    const org = await new OrgsRepository(trx).findById(orgId);
    if (!org) throw notFound('社会组织不存在');
    await new OrgEventsRepository(trx).insert({
      orgId,
      kind: e.kind,
      occurredOn: chinaDate(this.clock.now()),
      at: this.clock.now().toISOString(),
      actorId: e.actor.userId,
      actorName: e.actor.name,
      basis: e.basis,
      summary: e.summary,
      changes: e.changes ?? [],
      public: e.public,
    });
    await this.audit.record(trx, e.actor, {
      action: e.kind,
      entity: 'organization',
      entityId: orgId,
      regionCode: org.regionCode,
      summary: `${e.summary}：${org.name}`,
      after: { basis: e.basis, changes: e.changes ?? [] },
    });
  }

  /** Public announcement of an establishment, change or removal (成立/变更/注销/撤销/吊销公告). */
  async announce(
    trx: Kysely<DB>,
    org: OrgRecord,
    title: string,
    body: string,
    publishedOn: string,
    kind: string,
  ): Promise<void> {
    await new AnnouncementsRepository(trx).insert({
      kind,
      orgId: org.id,
      orgName: org.name,
      uscc: org.uscc,
      regionCode: org.regionCode,
      authorityRegionCode: org.authorityRegionCode,
      title: `${authorityNameOf({ code: org.authorityRegionCode, name: org.authorityRegionName })}${title}`,
      body,
      publishedOn,
      createdAt: this.clock.now().toISOString(),
    });
  }
}
