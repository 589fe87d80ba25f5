import type { Kysely } from 'kysely';
import type { TDocument, TDocumentTemplate, TFieldValues, TPublicDocument } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../clock';
import type { AuditService } from '../audit/audit.service';
import type { Actor, AuthUser } from '../auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../auth/guard';
import { randomToken, sm3 } from '../crypto';
import { AppError, notFound } from '../errors';
import { assertAuthorityCode, type Authorities, type Authority } from './authorities';
import { composeDocument } from './document-model';
import type { DocumentStore } from './document-store';
import { DocumentsRepository, type DocumentFilter, type DocumentRecord } from './documents.repository';
import { normalizeValues } from './placeholders';
import { renderDocument } from './renderer';
import { ownAuthority, type EffectiveTemplate, type TemplatesService } from './templates.service';

export interface IssueRequest {
  kind: string;
  authorityRegionCode: string;
  fields: TFieldValues;
  /** The record the document belongs to (e.g. { type: 'registration_application', id: '42' }). */
  linkedTo?: { type: string; id: string } | null;
  orgId?: number | null;
  actor: Actor;
}

export type IssuedDocument = DocumentRecord;

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Checks issuer input against the template; nothing is numbered while anything is wrong. */
function valuesFor(template: Pick<TDocumentTemplate, 'fields'>, fields: TFieldValues) {
  const { values, errors } = normalizeValues(template.fields, fields);
  if (Object.keys(errors).length > 0) {
    throw new AppError('VALIDATION_FAILED', `文书内容有误：${Object.values(errors)[0]}`, errors);
  }
  return values;
}

/**
 * Official documents: numbered per authority, kind and year without gaps, rendered to PDF and DOCX,
 * stored, and verifiable by anyone through the QR code's public page.
 */
export class DocumentsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly templates: TemplatesService,
    private readonly authorities: Authorities,
    private readonly store: DocumentStore,
    private readonly publicBaseUrl: string,
  ) {}

  /**
   * For modules: issues a document inside `trx` (their decision's transaction) or in a transaction of its
   * own. The number is taken in that same transaction, so a rollback leaves no gap. Callers check the
   * user's permission on their own record; this checks none.
   */
  async issue(trx: Kysely<DB> | null, req: IssueRequest): Promise<IssuedDocument> {
    if (trx) return this.issueIn(trx, req, []);
    const written: string[] = [];
    try {
      return await this.db.transaction().execute((t) => this.issueIn(t, req, written));
    } catch (e) {
      await Promise.allSettled(written.map((ref) => this.store.discard(ref)));
      throw e;
    }
  }

  private async issueIn(trx: Kysely<DB>, req: IssueRequest, written: string[]): Promise<IssuedDocument> {
    const authority = await this.authorities.resolve(trx, req.authorityRegionCode);
    const template = await this.templates.effective(trx, authority.code, req.kind);
    if (!template) throw notFound('没有该类文书的模板');
    const values = valuesFor(template, req.fields);
    const now = this.clock.now();
    const issueDate = chinaDate(now);
    const year = Number(issueDate.slice(0, 4));

    const repo = new DocumentsRepository(trx);
    const seq = await repo.nextNumber(authority.code, req.kind, year);
    const code = randomToken(16);
    const verify = { code, url: `${this.publicBaseUrl}/verify/${code}` };
    const sys = { authorityName: authority.name, regionAbbr: authority.abbr, year, seq, issueDate };
    const model = composeDocument(template, values, sys, verify);
    const { pdf, docx } = await renderDocument(model, now, { docx: true });
    const checksum = sm3(pdf);

    const row = {
      kind: req.kind,
      templateId: template.id,
      templateVersion: template.version,
      authorityRegionCode: authority.code,
      issuer: model.issuer,
      number: model.number,
      year,
      seq,
      title: model.title,
      fields: JSON.stringify(values),
      linkedType: req.linkedTo?.type ?? null,
      linkedId: req.linkedTo?.id ?? null,
      orgId: req.orgId ?? null,
      checksum,
      verifyCode: code,
      verifyUrl: verify.url,
      issuedBy: req.actor.userId,
      issuedByName: req.actor.name,
      issuedAt: now.toISOString(),
      issueDate,
    };
    const id = await repo.insert(row);
    const meta = { owner: { type: 'document' as const, id: String(id) }, regionCode: authority.code };
    const base = { ...meta, actor: req.actor };
    const pdfRef = await this.store.put(trx, `${year}/${code}.pdf`, pdf, {
      ...base,
      contentType: PDF,
      checksum,
      downloadName: `${model.number}.pdf`,
    });
    written.push(pdfRef);
    const docxRef = await this.store.put(trx, `${year}/${code}.docx`, docx!, {
      ...base,
      contentType: DOCX,
      checksum: sm3(docx!),
      downloadName: `${model.number}.docx`,
    });
    written.push(docxRef);
    await repo.setFiles(id, pdfRef, docxRef);
    const { fields: _personal, ...audited } = row;
    await this.audit.record(trx, req.actor, {
      action: 'issue',
      entity: 'document',
      entityId: id,
      regionCode: authority.code,
      summary: `${model.number} ${model.title}`,
      after: audited,
    });
    return (await repo.findById(id))!;
  }

  /** A notice or letter issued by hand by staff of the issuing bureau (本级 only). */
  async issueByHand(
    user: AuthUser,
    actor: Actor,
    input: { kind: string; authorityRegionCode?: string; fields: TFieldValues; linkedTo?: IssueRequest['linkedTo'] },
  ): Promise<IssuedDocument> {
    const authorityRegionCode = input.authorityRegionCode ?? ownAuthority(user);
    assertAuthorityCode(authorityRegionCode);
    assertAuthorized(user, 'documents.issue', { regionCode: authorityRegionCode });
    return this.issue(null, { ...input, authorityRegionCode, actor });
  }

  /** A sample PDF of a template (sample values where none are given), watermarked 样稿; nothing is stored. */
  async preview(
    user: AuthUser,
    templateId: number,
    input: { fields?: TFieldValues; authorityRegionCode?: string },
  ): Promise<Buffer> {
    const template = await this.templates.get(user, templateId);
    const code = template.authorityRegionCode ?? input.authorityRegionCode ?? ownAuthority(user);
    assertAuthorized(user, 'documents.read', { regionCode: code });
    const authority = await this.authorities.resolve(this.db, code);
    const samples = Object.fromEntries(template.fields.map((f) => [f.name, f.sample ?? f.default ?? null]));
    const values = valuesFor(template, { ...samples, ...input.fields });
    return this.render(template, values, authority, { preview: true });
  }

  /** Renders without numbering or storing anything: the preview, or a module's draft view. */
  async render(
    template: Pick<EffectiveTemplate, 'fields' | 'layout'>,
    values: Record<string, string | number | null>,
    authority: Authority,
    opts: { preview: true },
  ): Promise<Buffer> {
    const now = this.clock.now();
    const issueDate = chinaDate(now);
    const sys = {
      authorityName: authority.name,
      regionAbbr: authority.abbr,
      year: Number(issueDate.slice(0, 4)),
      seq: null,
      issueDate,
    };
    const verify = { code: 'PREVIEW', url: `${this.publicBaseUrl}/verify/preview` };
    const model = composeDocument(template, values, sys, verify, opts.preview ? '样稿' : null);
    return (await renderDocument(model, now, { docx: false })).pdf;
  }

  /** For modules: a document by id, without a user's scope. */
  findById(id: number): Promise<DocumentRecord | undefined> {
    return new DocumentsRepository(this.db).findById(id);
  }

  async get(user: AuthUser, id: number): Promise<DocumentRecord> {
    const doc = await this.findById(id);
    if (!doc) throw notFound('文书不存在');
    assertAuthorized(user, 'documents.read', { regionCode: doc.authorityRegionCode, orgId: doc.orgId });
    return doc;
  }

  list(user: AuthUser, filter: DocumentFilter, limit: number): Promise<DocumentRecord[]> {
    const scope = readScopeCondition(user, 'documents.read', {
      region: 'documents.authorityRegionCode',
      org: 'documents.orgId',
    });
    return new DocumentsRepository(this.db).list(filter, scope, limit);
  }

  /** The stored file, checked against the checksum recorded at issue for the PDF. */
  async download(
    user: AuthUser,
    id: number,
    format: 'pdf' | 'docx',
  ): Promise<{ bytes: Buffer; contentType: string; filename: string }> {
    return this.fileOf(await this.get(user, id), format);
  }

  /** For modules that checked scope on their own record (an annual report's conclusion notice). */
  async fileOf(
    doc: DocumentRecord,
    format: 'pdf' | 'docx',
  ): Promise<{ bytes: Buffer; contentType: string; filename: string }> {
    const ref = format === 'pdf' ? doc.pdfRef : doc.docxRef;
    if (!ref) throw notFound('文书文件不存在');
    const bytes = await this.store.get(ref);
    if (format === 'pdf' && sm3(bytes) !== doc.checksum) {
      throw new AppError('INTERNAL', '文书文件与登记的校验值不符，已停止下载，请联系管理员');
    }
    return { bytes, contentType: format === 'pdf' ? PDF : DOCX, filename: `${doc.number}.${format}` };
  }

  async revoke(user: AuthUser, actor: Actor, id: number, reason: string): Promise<DocumentRecord> {
    const doc = await this.get(user, id);
    assertAuthorized(user, 'documents.issue', { regionCode: doc.authorityRegionCode });
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      if (!(await new DocumentsRepository(trx).revoke(id, at, actor.userId, reason))) {
        throw new AppError('CONFLICT', '该文书已撤销');
      }
      await this.audit.record(trx, actor, {
        action: 'revoke',
        entity: 'document',
        entityId: id,
        regionCode: doc.authorityRegionCode,
        summary: `${doc.number} ${doc.title}`,
        before: { revokedAt: null },
        after: { revokedAt: at, revokeReason: reason },
      });
    });
    return (await this.findById(id))!;
  }

  /** What the QR code's public page shows: enough to compare with the paper, nothing personal. */
  async verify(code: string): Promise<TPublicDocument> {
    const doc = await new DocumentsRepository(this.db).findByVerifyCode(code);
    if (!doc) throw notFound('未找到该文书，请核对二维码或核验码');
    return {
      number: doc.number,
      kind: doc.kind,
      title: doc.title,
      issuer: doc.issuer,
      issuedAt: doc.issuedAt,
      issueDate: doc.issueDate,
      checksum: doc.checksum,
      revoked: doc.revokedAt !== null,
      revokedAt: doc.revokedAt,
    };
  }
}

/** The API shape of a document (file locations stay inside). */
export function toApi(doc: DocumentRecord): TDocument {
  const { pdfRef: _p, docxRef: _d, issuedBy: _i, ...rest } = doc;
  return rest;
}
