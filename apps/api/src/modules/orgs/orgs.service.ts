import type { Kysely } from 'kysely';
import { bureauRegionOf, type TOrg, type TOrgFields } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized } from '../../platform/auth/guard';
import { blindIndex, decryptField, encryptField } from '../../platform/crypto';
import { AppError, duplicate, fieldError } from '../../platform/errors';
import type { EventsService } from '../../platform/events/events.service';
import type { RegionsService } from '../regions/regions.service';
import type { OrgLifecycle } from './org-lifecycle';
import { OrgEventsRepository } from './org-events.repository';
import { checkOrgUscc, orgLevelOf } from './org-rules';
import type { OrgValidation } from './org-validation';
import { OrgsRepository, type OrgInsert, type OrgRecord } from './orgs.repository';
import { orgResource } from './orgs.presenter';
import type { OrgsQuery } from './orgs.query';
import { NameIndexRepository } from './search/name-index.repository';
import { normalizeName } from './search/name-grams';

/** Fields whose change the public sees in the timeline (the rest are internal corrections). */
const PUBLIC_FIELDS = new Set([
  'name',
  'address',
  'legalRepName',
  'businessScope',
  'registeredFundsFen',
  'supervisorUnitId',
  'type',
  'evaluationGrade',
]);
/** Personal data never enters a timeline or the audit trail in clear. */
const PERSONAL = new Set(['legalRepIdNumber', 'legalRepPhone']);

export interface NewOrg {
  fields: TOrgFields;
  uscc: string;
  authorityRegionCode: string;
  /** Import of a pilot-area code failing only the last check: accepted with this warning, audited. */
  usccWarning?: string | null;
}

/** Writes to the register: entering, correcting, registering from an application and changing. */
export class OrgsService {
  private gbCodes: Promise<Set<string>> | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly dataKey: Buffer,
    private readonly regions: RegionsService,
    private readonly validation: OrgValidation,
    private readonly events: EventsService,
    readonly lifecycle: OrgLifecycle,
    private readonly query: OrgsQuery,
  ) {}

  /** Today's 6-digit region codes, for positions 3–8 of credit codes (the table changes with a migration). */
  currentGbCodes(db: Kysely<DB> = this.db): Promise<Set<string>> {
    this.gbCodes ??= db
      .selectFrom('regions')
      .select('gbCode')
      .where('gbCode', 'is not', null)
      .execute()
      .then((rows) => new Set(rows.map((r) => r.gbCode!)));
    return this.gbCodes;
  }

  /**
   * Which of the given credit codes the register already holds, and which names an active organization
   * of the authority already carries (a ledger checks a whole batch of rows at once).
   */
  async takenInRegister(
    db: Kysely<DB>,
    authorityRegionCode: string,
    keys: { usccs: string[]; names: string[] },
  ): Promise<{ usccs: Set<string>; names: Set<string> }> {
    const repo = new OrgsRepository(db);
    return {
      usccs: await repo.usccsTaken(keys.usccs),
      names: await repo.activeNamesTaken(authorityRegionCode, keys.names),
    };
  }

  /** A checked credit code for a new record; throws field errors for the `uscc` field. */
  async checkUscc(
    db: Kysely<DB>,
    uscc: string,
    type: TOrgFields['type'],
    authorityRegionCode: string,
  ): Promise<{ code: string; warning: string | null }> {
    const code = uscc.trim().toUpperCase();
    const r = checkOrgUscc(code, { type, authorityRegionCode }, await this.currentGbCodes(db));
    if (!r.valid) throw fieldError('uscc', r.errors.map((e) => e.message).join('；'));
    if (await new OrgsRepository(db).usccTaken(code)) throw duplicate('uscc', '该统一社会信用代码已在登记库中');
    return { code, warning: r.warnings.map((w) => w.message).join('；') || null };
  }

  private row(n: NewOrg, at: string): OrgInsert {
    const f = n.fields;
    return {
      uscc: n.uscc,
      name: f.name,
      searchName: normalizeName(f.name),
      type: f.type,
      level: orgLevelOf(n.authorityRegionCode),
      authorityRegionCode: n.authorityRegionCode,
      regionCode: f.regionCode,
      categoryCode: f.categoryCode,
      supervisorUnitId: f.supervisorUnitId,
      status: 'registered',
      address: f.address,
      legalRepName: f.legalRepName,
      ...this.personal(f.legalRepIdNumber, f.legalRepPhone),
      businessScope: f.businessScope,
      registeredFundsFen: f.registeredFundsFen,
      foundedOn: f.foundedOn,
      certificateValidUntil: f.certificateValidUntil ?? null,
      charityRecognized: f.charityRecognized,
      charityRecognizedOn: f.charityRecognizedOn ?? null,
      publicFundraising: f.publicFundraising,
      taxDeductionUntil: f.taxDeductionUntil ?? null,
      taxExemptUntil: f.taxExemptUntil ?? null,
      evaluationGrade: f.evaluationGrade ?? null,
      gradeValidUntil: f.gradeValidUntil ?? null,
      hasPartyOrg: f.hasPartyOrg,
      incubator: f.incubator ?? null,
      brand: f.brand,
      staffCount: f.staffCount ?? null,
      memberCount: f.memberCount ?? null,
      unitMemberCount: f.unitMemberCount ?? null,
      contactPhone: f.contactPhone ?? null,
      website: f.website ?? null,
      dormantCandidate: false,
      usccWarning: n.usccWarning ?? null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
  }

  /** Encrypted ID number with its blind index, and the phone, as columns (undefined leaves them alone). */
  private personal(idNumber: string | null | undefined, phone: string | null | undefined) {
    const out: { legalRepIdEnc?: string | null; legalRepIdHash?: string | null; legalRepPhone?: string | null } = {};
    if (idNumber !== undefined) {
      out.legalRepIdEnc = idNumber ? encryptField(this.dataKey, idNumber) : null;
      out.legalRepIdHash = idNumber ? blindIndex(this.dataKey, idNumber) : null;
    }
    if (phone !== undefined) out.legalRepPhone = phone;
    return out;
  }

  /**
   * Inserts organizations into the register in the caller's transaction (establishment approval, import):
   * rows, name index and timeline. Checks are the caller's; returns the new ids in order.
   */
  async insertMany(
    trx: Kysely<DB>,
    list: NewOrg[],
    meta: { actor: Actor; kind: 'registered' | 'imported' | 'recorded'; basis: string | null },
  ): Promise<number[]> {
    return this.insertPrepared(trx, this.prepareRows(list), meta);
  }

  /**
   * The register rows of new organizations, personal data encrypted: the costly part of a bulk insert,
   * which a ledger import does before it opens its transaction (on SQLite that holds the write lock).
   */
  prepareRows(list: NewOrg[]): OrgInsert[] {
    const at = this.clock.now().toISOString();
    return list.map((n) => this.row(n, at));
  }

  /** `insertMany` of rows made by `prepareRows`. */
  async insertPrepared(
    trx: Kysely<DB>,
    rows: OrgInsert[],
    meta: { actor: Actor; kind: 'registered' | 'imported' | 'recorded'; basis: string | null },
  ): Promise<number[]> {
    const at = this.clock.now().toISOString();
    const ids = await new OrgsRepository(trx).insertBatch(rows);
    await new NameIndexRepository(trx).index(
      rows.map((r, i) => ({ orgId: ids[i]!, regionCode: r.regionCode, searchName: r.searchName })),
    );
    const today = chinaDate(this.clock.now());
    await new OrgEventsRepository(trx).insertMany(
      rows.flatMap((r, i) => [
        {
          orgId: ids[i]!,
          kind: 'registered' as const,
          occurredOn: r.foundedOn,
          at,
          actorId: meta.kind === 'registered' ? meta.actor.userId : null,
          actorName: meta.kind === 'registered' ? meta.actor.name : null,
          basis: meta.basis,
          summary: '成立登记',
          changes: [],
          public: true,
        },
        ...(meta.kind === 'registered'
          ? []
          : [
              {
                orgId: ids[i]!,
                kind: meta.kind,
                occurredOn: today,
                at,
                actorId: meta.actor.userId,
                actorName: meta.actor.name,
                basis: meta.basis,
                summary: meta.kind === 'imported' ? '台账导入' : '登记信息补录',
                changes: [],
                public: false,
              },
            ]),
      ]),
    );
    return ids;
  }

  /**
   * Establishment approved (成立登记): the clerk's credit code is checked, the organization enters the
   * register with its public event, the establishment is announced and `org_registered` published —
   * all in the approving transaction.
   */
  async register(
    trx: Kysely<DB>,
    n: NewOrg,
    meta: { actor: Actor; applicationId: number | null; basis: string },
  ): Promise<OrgRecord> {
    const checked = await this.checkUscc(trx, n.uscc, n.fields.type, n.authorityRegionCode);
    await this.validation.check(trx, n.fields, n.authorityRegionCode);
    const [id] = await this.insertMany(trx, [{ ...n, uscc: checked.code, usccWarning: checked.warning }], {
      actor: meta.actor,
      kind: 'registered',
      basis: meta.basis,
    });
    const org = (await new OrgsRepository(trx).findById(id!))!;
    await this.lifecycle.announce(
      trx,
      org,
      '成立登记公告',
      `${org.name}（统一社会信用代码：${org.uscc}）于${org.foundedOn}经核准成立登记，住所：${org.address}，法定代表人：${org.legalRepName}。`,
      chinaDate(this.clock.now()),
      'registered',
    );
    await this.events.publish(
      trx,
      {
        name: 'org_registered',
        payload: {
          orgId: org.id,
          orgName: org.name,
          uscc: org.uscc,
          regionCode: org.regionCode,
          authorityRegionCode: org.authorityRegionCode,
          supervisorUnitId: org.supervisorUnitId,
          orgType: n.fields.type,
          registeredOn: org.foundedOn,
          applicationId: meta.applicationId,
        },
      },
      meta.actor,
    );
    await this.audit.record(trx, meta.actor, {
      action: 'register',
      entity: 'organization',
      entityId: org.id,
      regionCode: org.regionCode,
      summary: `成立登记：${org.name}（${org.uscc}）`,
      after: auditView(n.fields),
    });
    return org;
  }

  /** Entering an organization registered earlier (补录) by the bureau that registered it. */
  async create(
    user: AuthUser,
    actor: Actor,
    input: TOrgFields & { uscc: string; authorityRegionCode?: string; basis?: string },
  ): Promise<TOrg> {
    const authority = input.authorityRegionCode ?? (user.regionCode ? bureauRegionOf(user.regionCode) : null);
    if (!authority || authority.length > 6) throw fieldError('authorityRegionCode', '请选择登记管理机关');
    // The bureau decides; where the domicile may lie is a field rule (checked with the others).
    assertAuthorized(user, 'orgs.manage', { regionCode: authority, authorityRegionCode: authority });
    const { uscc, authorityRegionCode: _a, basis, ...fields } = input;
    const id = await this.db.transaction().execute(async (trx) => {
      const checked = await this.checkUscc(trx, uscc, fields.type, authority);
      await this.validation.check(trx, fields, authority);
      const [newId] = await this.insertMany(
        trx,
        [{ fields, uscc: checked.code, authorityRegionCode: authority, usccWarning: checked.warning }],
        { actor, kind: 'recorded', basis: basis ?? null },
      );
      await this.audit.record(trx, actor, {
        action: 'create',
        entity: 'organization',
        entityId: newId,
        regionCode: fields.regionCode,
        summary: `补录：${fields.name}（${checked.code}）`,
        after: auditView(fields),
      });
      return newId!;
    });
    return this.query.get(user, id);
  }

  /** Corrects register fields (更正) within the own bureau's records; each change is a timeline event. */
  async correct(
    user: AuthUser,
    actor: Actor,
    id: number,
    patch: Partial<TOrgFields> & { version: number; basis: string },
  ): Promise<TOrg> {
    const org = await this.query.record(user, id);
    assertAuthorized(user, 'orgs.manage', orgResource(org));
    const { version, basis, ...fields } = patch;
    await this.db
      .transaction()
      .execute((trx) => this.applyFields(trx, org, version, fields, { actor, basis, kind: 'corrected' }));
    return this.query.get(user, id);
  }

  /**
   * Applies field changes in the caller's transaction: row, name index, a timeline event listing each
   * change (personal data masked), and for approved changes (变更登记) the announcement and domain event.
   */
  async applyFields(
    trx: Kysely<DB>,
    org: OrgRecord,
    version: number,
    fields: Partial<TOrgFields>,
    meta: { actor: Actor; basis: string; kind: 'corrected' | 'changed'; applicationId?: number | null },
  ): Promise<void> {
    const current = {
      ...org,
      legalRepIdNumber: org.legalRepIdEnc ? decryptField(this.dataKey, org.legalRepIdEnc) : null,
    } as Record<string, unknown>;
    const changed = Object.entries(fields).filter(
      ([k, v]) => v !== undefined && JSON.stringify(current[k] ?? null) !== JSON.stringify(v ?? null),
    );
    if (changed.length === 0) throw new AppError('VALIDATION_FAILED', '没有需要变更的内容');
    const values = Object.fromEntries(changed) as Partial<TOrgFields>;
    await this.validation.check(
      trx,
      {
        ...values,
        ...(values.categoryCode || values.supervisorUnitId !== undefined
          ? {
              categoryCode: values.categoryCode ?? org.categoryCode,
              supervisorUnitId: values.supervisorUnitId !== undefined ? values.supervisorUnitId : org.supervisorUnitId,
            }
          : {}),
      },
      org.authorityRegionCode,
      org.id,
    );
    const at = this.clock.now().toISOString();
    const { legalRepIdNumber, legalRepPhone, ...plain } = values;
    const ok = await new OrgsRepository(trx).update(org.id, version, {
      ...plain,
      ...(plain.name ? { searchName: normalizeName(plain.name) } : {}),
      ...this.personal(legalRepIdNumber, legalRepPhone),
      updatedAt: at,
    });
    if (!ok) throw new AppError('STALE_VERSION');
    if (values.name || values.regionCode) {
      await new NameIndexRepository(trx).reindex({
        orgId: org.id,
        regionCode: values.regionCode ?? org.regionCode,
        searchName: normalizeName(values.name ?? org.name),
      });
    }
    const changes = changed.map(([field, after]) => ({
      field,
      before: PERSONAL.has(field) ? '***' : (current[field] ?? null),
      after: PERSONAL.has(field) ? '***' : after,
    }));
    const today = chinaDate(this.clock.now());
    const publicChange = meta.kind === 'changed' && changed.some(([k]) => PUBLIC_FIELDS.has(k));
    await new OrgEventsRepository(trx).insert({
      orgId: org.id,
      kind: meta.kind,
      occurredOn: today,
      at,
      actorId: meta.actor.userId,
      actorName: meta.actor.name,
      basis: meta.basis,
      summary: meta.kind === 'changed' ? '变更登记' : '登记信息更正',
      changes,
      public: publicChange,
    });
    if (meta.kind === 'changed') {
      const changedFields = changed.map(([k]) => k);
      await this.lifecycle.announce(
        trx,
        org,
        '变更登记公告',
        `${org.name}（统一社会信用代码：${org.uscc}）于${today}办理变更登记，变更事项：${changedFields.filter((f) => !PERSONAL.has(f)).join('、')}。`,
        today,
        'changed',
      );
      await this.events.publish(
        trx,
        {
          name: 'org_changed',
          payload: {
            orgId: org.id,
            orgName: values.name ?? org.name,
            uscc: org.uscc,
            regionCode: values.regionCode ?? org.regionCode,
            authorityRegionCode: org.authorityRegionCode,
            supervisorUnitId: org.supervisorUnitId,
            changedFields,
            changedOn: today,
            applicationId: meta.applicationId ?? null,
          },
        },
        meta.actor,
      );
    }
    await this.audit.record(trx, meta.actor, {
      action: meta.kind === 'changed' ? 'change' : 'correct',
      entity: 'organization',
      entityId: org.id,
      regionCode: org.regionCode,
      summary: `${org.name}：${changed.map(([k]) => k).join('、')}`,
      before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
      after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
    });
  }

  /** Full personal data of the legal representative, for a role that needs it; every look is audited. */
  async revealPii(
    user: AuthUser,
    actor: Actor,
    id: number,
  ): Promise<{ legalRepIdNumber: string | null; legalRepPhone: string | null }> {
    const org = await this.query.record(user, id);
    assertAuthorized(user, 'orgs.pii', orgResource(org));
    await this.db.transaction().execute((trx) =>
      this.audit.record(trx, actor, {
        action: 'reveal_pii',
        entity: 'organization',
        entityId: id,
        regionCode: org.regionCode,
        summary: org.name,
      }),
    );
    return {
      legalRepIdNumber: org.legalRepIdEnc ? decryptField(this.dataKey, org.legalRepIdEnc) : null,
      legalRepPhone: org.legalRepPhone,
    };
  }
}

function auditView(f: Partial<TOrgFields>) {
  const { legalRepIdNumber: _i, legalRepPhone: _p, ...rest } = f;
  return rest;
}
