import type { Kysely } from 'kysely';
import { bureauRegionOf, type TDocumentTemplate, type TTemplateInput } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../clock';
import type { AuditService } from '../audit/audit.service';
import type { Actor, AuthUser } from '../auth/auth-user';
import { assertAuthorized } from '../auth/guard';
import { AppError, notFound } from '../errors';
import { assertAuthorityCode } from './authorities';
import { validateTemplate } from './placeholders';
import { TemplatesRepository } from './templates.repository';

export type EffectiveTemplate = TDocumentTemplate & { inherited: boolean };

/** The caller's own bureau: townships have none, their county's decides. */
export function ownAuthority(user: AuthUser): string {
  if (!user.regionCode) throw new AppError('FORBIDDEN', '您的账号不属于任何登记管理机关');
  return bureauRegionOf(user.regionCode);
}

/**
 * Document templates per authority: an authority uses its own newest version of a kind, or the national
 * default until it edits one. Every edit is a new version; nothing is overwritten.
 */
export class TemplatesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The template an issue of `kind` by `authority` uses now (read with the caller's transaction). */
  async effective(db: Kysely<DB>, authority: string, kind: string): Promise<EffectiveTemplate | undefined> {
    const repo = new TemplatesRepository(db);
    const own = await repo.latest(authority, kind);
    if (own) return { ...own, inherited: false };
    const national = await repo.latest(null, kind);
    return national && { ...national, inherited: true };
  }

  async list(user: AuthUser, authority: string | undefined): Promise<EffectiveTemplate[]> {
    const code = authority ?? ownAuthority(user);
    assertAuthorityCode(code);
    assertAuthorized(user, 'documents.read', { regionCode: code });
    const rows = await new TemplatesRepository(this.db).linesFor(code);
    const byKind = new Map<string, EffectiveTemplate>();
    // Rows come newest first per kind; an own line beats the national default.
    for (const r of rows) {
      const current = byKind.get(r.kind);
      if (!current || (current.inherited && r.authorityRegionCode !== null)) {
        byKind.set(r.kind, { ...r, inherited: r.authorityRegionCode === null });
      }
    }
    return [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  }

  async get(user: AuthUser, id: number): Promise<TDocumentTemplate> {
    const t = await new TemplatesRepository(this.db).findById(id);
    if (!t) throw notFound('模板不存在');
    if (t.authorityRegionCode !== null) assertAuthorized(user, 'documents.read', { regionCode: t.authorityRegionCode });
    else assertAuthorized(user, 'documents.read');
    return t;
  }

  async versions(user: AuthUser, id: number): Promise<TDocumentTemplate[]> {
    const t = await this.get(user, id);
    return new TemplatesRepository(this.db).versions(t.authorityRegionCode, t.kind);
  }

  /**
   * Saves an edit of template `baseId` as the next version of its authority's line. Editing the national
   * default starts the authority's own line. The base must be the newest version the authority uses.
   */
  async save(user: AuthUser, actor: Actor, baseId: number, input: TTemplateInput): Promise<TDocumentTemplate> {
    const base = await this.get(user, baseId);
    const authority = base.authorityRegionCode ?? input.authorityRegionCode ?? ownAuthority(user);
    assertAuthorityCode(authority);
    assertAuthorized(user, 'templates.manage', { regionCode: authority });
    const errors = validateTemplate(input.fields, input.layout);
    if (Object.keys(errors).length > 0) {
      throw new AppError('VALIDATION_FAILED', `模板有误：${Object.values(errors)[0]}`, errors);
    }
    const at = this.clock.now().toISOString();
    let id: number;
    try {
      id = await this.db.transaction().execute(async (trx) => {
        const repo = new TemplatesRepository(trx);
        const current = await this.effective(trx, authority, base.kind);
        if (!current || current.id !== base.id)
          throw new AppError('STALE_VERSION', '模板已有更新的版本，请刷新后再编辑');
        const row = {
          authorityRegionCode: authority,
          kind: base.kind,
          // From the base, not from a fresh read: two saves of one base claim the same version and the
          // unique index refuses the second, whatever each transaction's snapshot showed.
          version: base.authorityRegionCode === null ? 1 : base.version + 1,
          name: input.name,
          fields: JSON.stringify(input.fields),
          layout: JSON.stringify(input.layout),
          basedOnId: base.id,
          createdBy: actor.userId,
          createdByName: actor.name,
          createdAt: at,
        };
        const newId = await repo.insert(row);
        await this.audit.record(trx, actor, {
          action: 'create',
          entity: 'document_template',
          entityId: newId,
          regionCode: authority,
          summary: `${input.name} 第${row.version}版`,
          after: { ...row, fields: input.fields, layout: input.layout },
        });
        return newId;
      });
    } catch (e) {
      // Two admins saving at once: the unique (line, version) index lets only one through.
      if (!(e instanceof AppError) && /unique|duplicate/i.test(String((e as Error).message))) {
        throw new AppError('STALE_VERSION', '模板已有更新的版本，请刷新后再编辑');
      }
      throw e;
    }
    return (await new TemplatesRepository(this.db).findById(id))!;
  }
}
