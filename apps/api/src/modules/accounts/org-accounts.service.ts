import type { Kysely } from 'kysely';
import { ORG_ACCOUNT_BATCH_MAX, type Role, type TOrgAccountsIssued, type TOrgListQuery } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { authorize } from '../../platform/auth/authorize';
import { hashPassword } from '../../platform/auth/password';
import { AppError, notFound } from '../../platform/errors';
import type { ExportService } from '../../platform/exports/export.service';
import type { OrgsQuery } from '../orgs/orgs.query';
import { AccountsRepository } from './accounts.repository';
import { OrgAccountsRepository } from './org-accounts.repository';
import { generateInitialPassword } from './users.service';
import { orgAccountsExport } from './org-accounts.export';

/** What of an organization an account is made from. */
export interface OrgForAccount {
  id: number;
  name: string;
  uscc: string;
  status: string;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
}

export type OrgAccountFilter = Pick<TOrgListQuery, 'type' | 'categoryCode' | 'within' | 'supervisorUnitId'>;

/** Filters look at most this far, so that a province-wide filter fails fast with a clear answer. */
const FILTER_SCAN_MAX = 5_000;
const HASH_CONCURRENCY = 4;

async function mapLimited<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Organization accounts: an applicant's account becomes its organization's on approval of the
 * establishment (one account throughout), and bureaus issue accounts in bulk to organizations they
 * registered (login = credit code, initial password shown once, changed at first login).
 */
export class OrgAccountsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly orgs: OrgsQuery,
    private readonly exports: ExportService,
  ) {}

  /** The founder's account now acts for the organization it founded (role org_account), in the caller's transaction. */
  async convertApplicant(
    trx: Kysely<DB>,
    userId: number,
    org: Pick<OrgForAccount, 'id' | 'name' | 'regionCode'>,
    actor: Actor,
  ): Promise<void> {
    const repo = new AccountsRepository(trx);
    const rec = await repo.findById(userId);
    if (!rec) throw notFound('申请人账号不存在');
    if (rec.orgId !== null && rec.orgId !== org.id) throw new AppError('CONFLICT', '申请人账号已是其他社会组织的账号');
    const roles: Role[] = [...new Set<Role>([...rec.roles.filter((r) => r !== 'applicant'), 'org_account'])];
    const ok = await repo.update(rec.id, rec.version, {
      orgId: org.id,
      regionCode: org.regionCode,
      updatedAt: this.clock.now().toISOString(),
    });
    if (!ok) throw new AppError('STALE_VERSION');
    await repo.setRoles(rec.id, roles);
    await this.audit.record(trx, actor, {
      action: 'become_org_account',
      entity: 'user',
      entityId: rec.id,
      regionCode: org.regionCode,
      summary: `${rec.username} 成为社会组织账号：${org.name}`,
      before: { roles: rec.roles, orgId: rec.orgId },
      after: { roles, orgId: org.id },
    });
  }

  private async byIds(user: AuthUser, ids: number[]) {
    const found: OrgForAccount[] = [];
    const missing: number[] = [];
    for (const id of [...new Set(ids)]) {
      try {
        found.push(await this.orgs.record(user, id));
      } catch (e) {
        if (e instanceof AppError && e.code === 'NOT_FOUND') missing.push(id);
        else throw e;
      }
    }
    return { found, missing };
  }

  private async byFilter(user: AuthUser, filter: OrgAccountFilter): Promise<OrgForAccount[]> {
    const out: OrgForAccount[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.orgs.list(user, {
        ...filter,
        status: 'registered',
        sort: 'id',
        order: 'asc',
        limit: 200,
        cursor,
      });
      out.push(...page.items.filter((o) => o.authorityRegionCode === user.regionCode));
      if (out.length > FILTER_SCAN_MAX) break;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  }

  /** Accounts for organizations the caller's bureau registered; those with one already are skipped and named. */
  async issue(
    user: AuthUser,
    actor: Actor,
    input: { orgIds?: number[] | undefined; filter?: OrgAccountFilter | undefined },
  ): Promise<TOrgAccountsIssued> {
    const skipped: TOrgAccountsIssued['skipped'] = [];
    let orgs: OrgForAccount[];
    if (input.orgIds) {
      const { found, missing } = await this.byIds(user, input.orgIds);
      for (const id of missing)
        skipped.push({ orgId: id, orgName: '', uscc: '', reason: '记录不存在或不在查看范围内' });
      orgs = found;
    } else {
      orgs = await this.byFilter(user, input.filter ?? {});
    }
    const withAccounts = await new OrgAccountsRepository(this.db).orgsWithAccounts(orgs.map((o) => o.id));
    const taken = await new OrgAccountsRepository(this.db).usernamesTaken(orgs.map((o) => o.uscc.toLowerCase()));
    const reasonNotToIssue = (o: OrgForAccount): string | null => {
      const d = authorize(user, 'orgs.accounts', {
        regionCode: o.regionCode,
        authorityRegionCode: o.authorityRegionCode,
        unitIds: [o.supervisorUnitId],
        orgId: o.id,
      });
      if (!d.allowed) return '非本级登记的社会组织，不能开通账号';
      if (o.status !== 'registered') return '该组织已注销、撤销或被吊销登记证书';
      if (withAccounts.has(o.id)) return '已有社会组织账号';
      if (taken.has(o.uscc.toLowerCase())) return '以该统一社会信用代码为登录名的账号已存在';
      return null;
    };
    const todo: OrgForAccount[] = [];
    for (const o of orgs) {
      const reason = reasonNotToIssue(o);
      if (reason) skipped.push({ orgId: o.id, orgName: o.name, uscc: o.uscc, reason });
      else todo.push(o);
    }
    if (todo.length > ORG_ACCOUNT_BATCH_MAX) {
      throw new AppError(
        'VALIDATION_FAILED',
        `一次最多开通${ORG_ACCOUNT_BATCH_MAX}个账号，本次符合条件的有${todo.length}${todo.length > FILTER_SCAN_MAX ? '+' : ''}个，请缩小筛选范围`,
        { filter: `一次最多开通${ORG_ACCOUNT_BATCH_MAX}个账号` },
      );
    }
    const issued = await mapLimited(todo, HASH_CONCURRENCY, async (o) => {
      const initialPassword = generateInitialPassword();
      return { org: o, initialPassword, passwordHash: await hashPassword(initialPassword) };
    });
    if (issued.length > 0) await this.insert(actor, issued, skipped.length);
    const list = issued.map(({ org, initialPassword }) => ({
      orgId: org.id,
      orgName: org.name,
      uscc: org.uscc,
      username: org.uscc.toLowerCase(),
      initialPassword,
    }));
    const file = list.length > 0 ? await this.exports.toFile(orgAccountsExport(list, actor)) : null;
    return { issued: list, skipped, file };
  }

  private async insert(
    actor: Actor,
    issued: { org: OrgForAccount; passwordHash: string }[],
    skippedCount: number,
  ): Promise<void> {
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repo = new AccountsRepository(trx);
      for (const { org, passwordHash } of issued) {
        await repo.insert(
          {
            username: org.uscc.toLowerCase(),
            displayName: org.name,
            passwordHash,
            regionCode: org.regionCode,
            unitId: null,
            orgId: org.id,
            disabled: false,
            mustChangePassword: true,
            demoPassword: false,
            failedLogins: 0,
            version: 1,
            createdAt: at,
            updatedAt: at,
          },
          ['org_account'],
        );
      }
      // One row for the batch: which organizations got an account (never the passwords).
      await this.audit.record(trx, actor, {
        action: 'issue_org_accounts',
        entity: 'user',
        regionCode: actor.regionCode,
        summary: `批量开通社会组织账号${issued.length}个，跳过${skippedCount}个`,
        after: { orgs: issued.map(({ org }) => ({ orgId: org.id, uscc: org.uscc })) },
      });
    });
  }
}
