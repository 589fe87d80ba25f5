import type { Kysely } from 'kysely';
import { CHANGEABLE_FIELDS, type RegisteredOrgType, type TOrgFields } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../../platform/clock';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import type { DocumentsService } from '../../platform/documents/documents.service';
import { AppError, fieldError } from '../../platform/errors';
import type { OrgAccountsService } from '../accounts/org-accounts.service';
import type { OrgsQuery } from '../orgs/orgs.query';
import type { OrgRecord } from '../orgs/orgs.repository';
import type { OrgsService } from '../orgs/orgs.service';
import { dataFieldError, openData, requestField } from './application-data';
import type { ApplicationRecord } from './applications.repository';
import { ApplicationAttachments } from './attachments';
import { CERTIFICATE_TITLES, REGULATION_OF, certificateValidity } from './rules/certificate';
import { deregistrationProblems } from './rules/deregistration';

export interface ApprovalInput {
  uscc?: string | undefined;
  certificateReturnedOn?: string | undefined;
  sealsReturnedOn?: string | undefined;
}

export interface ApprovalResult {
  orgId: number | null;
  certificateDocumentId: number | null;
  /** The application's data with what the authority recorded on deciding (certificate and seals returned). */
  data?: Record<string, unknown>;
}

/** Register errors name register fields; on an application they are the form's (`data.name`). */
function asApplicationFields(e: unknown): unknown {
  if (!(e instanceof AppError) || !e.fields) return e;
  const fields = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [requestField(k), v]));
  return new AppError(e.code, e.message, fields);
}

/**
 * What an approval changes in the register, each kind through the register's own methods (which
 * announce and publish events themselves): establishment registers the organization, issues its
 * certificate and makes the applicant's account the organization's; change applies the fields;
 * deregistration removes it; charter approval and responsible-person filing are timeline events.
 */
export class ApprovalEffects {
  constructor(
    private readonly clock: Clock,
    private readonly dataKey: Buffer,
    private readonly orgs: OrgsService,
    private readonly orgsQuery: OrgsQuery,
    private readonly documents: DocumentsService,
    private readonly orgAccounts: OrgAccountsService,
  ) {}

  /** Reads what the decision needs before its transaction (the organization with its version). */
  async prepare(user: AuthUser, a: ApplicationRecord): Promise<OrgRecord | null> {
    if (!a.orgId || a.kind === 'establishment') return null;
    const org = await this.orgsQuery.record(user, a.orgId);
    if (org.status !== 'registered') throw new AppError('CONFLICT', '该组织已不在正常登记状态，不能批准本申请');
    return org;
  }

  async apply(
    trx: Kysely<DB>,
    a: ApplicationRecord,
    input: ApprovalInput,
    actor: Actor,
    org: OrgRecord | null,
  ): Promise<ApprovalResult> {
    const clear = openData(this.dataKey, a.data);
    const regulation = REGULATION_OF[(a.orgType ?? 'social_group') as RegisteredOrgType];
    const ref = `${a.kind === 'deregistration' ? '注销登记' : '登记'}申请第${a.id}号`;
    try {
      switch (a.kind) {
        case 'preparation':
          return { orgId: null, certificateDocumentId: null };
        case 'establishment':
          return await this.establish(trx, a, clear, input, actor, `${regulation}（${ref}）`);
        case 'change': {
          const { reason, ...rest } = clear as Record<string, unknown> & { reason: string };
          const fields = Object.fromEntries(
            CHANGEABLE_FIELDS.filter((k) => rest[k] !== undefined).map((k) => [k, rest[k]]),
          ) as Partial<TOrgFields>;
          await this.orgs.applyFields(trx, org!, org!.version, fields, {
            actor,
            basis: `${regulation}；变更事由：${reason}（${ref}）`,
            kind: 'changed',
            applicationId: a.id,
          });
          return { orgId: org!.id, certificateDocumentId: null };
        }
        case 'charter':
          await this.orgs.lifecycle.record(trx, org!.id, {
            kind: 'charter_approved',
            summary: '章程核准',
            basis: `${regulation}（${ref}）`,
            public: true,
            changes: [{ field: 'charter', before: null, after: clear.summary }],
            actor,
          });
          return { orgId: org!.id, certificateDocumentId: null };
        case 'responsible_person':
          await this.orgs.lifecycle.record(trx, org!.id, {
            kind: 'responsible_person_filed',
            summary: `负责人备案：${String(clear.position)} ${String(clear.personName)}`,
            basis: `${regulation}（${ref}）`,
            public: false,
            changes: [
              {
                field: 'responsiblePerson',
                before: null,
                after: {
                  position: clear.position,
                  name: clear.personName,
                  termStart: clear.termStart,
                  termEnd: clear.termEnd ?? null,
                },
              },
            ],
            actor,
          });
          return { orgId: org!.id, certificateDocumentId: null };
        case 'deregistration':
          return await this.deregister(trx, a, clear, input, actor, regulation, ref, org!);
      }
    } catch (e) {
      throw asApplicationFields(e);
    }
  }

  private async establish(
    trx: Kysely<DB>,
    a: ApplicationRecord,
    d: Record<string, unknown>,
    input: ApprovalInput,
    actor: Actor,
    basis: string,
  ): Promise<ApprovalResult> {
    if (!input.uscc) throw fieldError('uscc', '请填写赋予该组织的统一社会信用代码');
    const today = chinaDate(this.clock.now());
    const { validFrom, validUntil } = certificateValidity(today);
    const type = d.type as RegisteredOrgType;
    const fields: TOrgFields = {
      name: d.name as string,
      type,
      categoryCode: d.categoryCode as string,
      supervisorUnitId: (d.supervisorUnitId as number | null) ?? null,
      regionCode: d.regionCode as string,
      address: d.address as string,
      legalRepName: d.legalRepName as string,
      legalRepIdNumber: (d.legalRepIdNumber as string | null) ?? null,
      legalRepPhone: (d.legalRepPhone as string | null) ?? null,
      businessScope: d.businessScope as string,
      registeredFundsFen: d.registeredFundsFen as number,
      foundedOn: today,
      certificateValidUntil: validUntil,
      charityRecognized: false,
      publicFundraising: type === 'foundation' && d.publicFundraising === true,
      hasPartyOrg: false,
      brand: false,
      staffCount: (d.staffCount as number | null) ?? null,
      memberCount: (d.memberCount as number | null) ?? null,
      unitMemberCount: (d.unitMemberCount as number | null) ?? null,
      contactPhone: (d.contactPhone as string | null) ?? null,
      website: (d.website as string | null) ?? null,
    };
    const org = await this.orgs.register(
      trx,
      { fields, uscc: input.uscc, authorityRegionCode: a.authorityRegionCode! },
      { actor, applicationId: a.id, basis },
    );
    const certificate = await this.documents.issue(trx, {
      kind: 'registration_certificate',
      authorityRegionCode: org.authorityRegionCode,
      fields: {
        certificateTitle: CERTIFICATE_TITLES[type],
        orgName: org.name,
        uscc: org.uscc,
        legalRepresentative: org.legalRepName,
        domicile: org.address,
        businessScope: org.businessScope,
        registeredFunds: org.registeredFundsFen,
        supervisor: org.supervisorUnitName ?? '（直接登记）',
        validFrom,
        validUntil,
      },
      linkedTo: { type: 'organization', id: String(org.id) },
      orgId: org.id,
      actor,
    });
    await this.orgs.lifecycle.record(trx, org.id, {
      kind: 'certificate_issued',
      summary: `颁发${CERTIFICATE_TITLES[type]}（${certificate.number}）`,
      basis,
      public: true,
      changes: [{ field: 'certificateValidUntil', before: null, after: validUntil }],
      actor,
    });
    await this.orgAccounts.convertApplicant(trx, a.applicantId, org, actor);
    return { orgId: org.id, certificateDocumentId: certificate.id };
  }

  private async deregister(
    trx: Kysely<DB>,
    a: ApplicationRecord,
    d: Record<string, unknown>,
    input: ApprovalInput,
    actor: Actor,
    regulation: string,
    ref: string,
    org: OrgRecord,
  ): Promise<ApprovalResult> {
    const problems = deregistrationProblems({
      hasLiquidationReport: ApplicationAttachments.has(a.attachments, 'liquidation_report'),
      liquidationCompletedOn: d.liquidationCompletedOn as string,
      today: chinaDate(this.clock.now()),
      certificateReturnedOn: input.certificateReturnedOn ?? null,
      sealsReturnedOn: input.sealsReturnedOn ?? null,
      atDecision: true,
    });
    if (Object.keys(problems).length > 0) throw dataFieldError(problems);
    await this.orgs.lifecycle.deregister(trx, org.id, {
      actor,
      basis: `${regulation}；注销原因：${String(d.reason)}`,
      decisionRef: ref,
      applicationId: a.id,
    });
    return {
      orgId: org.id,
      certificateDocumentId: null,
      data: { ...a.data, certificateReturnedOn: input.certificateReturnedOn, sealsReturnedOn: input.sealsReturnedOn },
    };
  }
}
