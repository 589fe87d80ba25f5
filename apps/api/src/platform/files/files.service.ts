import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { Kysely } from 'kysely';
import type { TFileRecord } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../clock';
import type { AuditService } from '../audit/audit.service';
import type { Actor, AuthUser } from '../auth/auth-user';
import { AppError, fieldError, notFound } from '../errors';
import { FilesRepository, type StoredFile } from './files.repository';
import { ingest } from './ingest';
import { FilePurposes, registerPlatformPurposes, type FilePurpose, type OwnerRef } from './purposes';
import type { FileStorage } from './storage';
import { IntegrityError, verifyingStream } from './streams';

export function presentFile(f: StoredFile): TFileRecord {
  return {
    id: f.id,
    purpose: f.purpose,
    name: f.safeName,
    originalName: f.originalName,
    mime: f.mime,
    size: f.size,
    checksum: f.checksum,
    owner: f.ownerType !== null && f.ownerId !== null ? { type: f.ownerType, id: f.ownerId } : null,
    regionCode: f.regionCode,
    createdBy: f.createdBy,
    createdAt: f.createdAt,
  };
}

/** Up to this size a download is read and checked whole before the first byte is sent. */
const VERIFY_WHOLE_MAX_BYTES = 2 * 1024 * 1024;

const ownerOf = (f: StoredFile): OwnerRef | null =>
  f.ownerType !== null && f.ownerId !== null ? { type: f.ownerType, id: f.ownerId } : null;

/** What attach checks: the file's purpose, the region it takes, and the request field an error names. */
export interface AttachOptions {
  purpose?: string;
  regionCode?: string | null;
  field?: string;
}

export interface StoreInput {
  purpose: string;
  name: string;
  body: Buffer | Readable;
  owner: OwnerRef | null;
  actor: Actor;
  /** Region whose readers the owner policy may admit; defaults to the actor's. */
  regionCode?: string | null;
  /**
   * The caller's transaction, so the record commits with the caller's own write. The content is put
   * into storage first; if that transaction later rolls back, it stays behind without a record.
   */
  trx?: Kysely<DB>;
}

interface SaveMeta {
  owner: OwnerRef | null;
  regionCode: string | null;
  createdBy: number | null;
  actor: Actor;
  action: 'upload' | 'store';
  trx?: Kysely<DB> | undefined;
}

/**
 * Attachments and generated documents behind one interface. Content only leaves through `open` (for
 * modules) or `download` (for a user, decided by the purpose's owner policy), checked against its
 * SM3 checksum on the way out.
 */
export class FileService {
  readonly purposes = new FilePurposes();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    readonly storage: FileStorage,
    private readonly tmpDir: string,
  ) {
    registerPlatformPurposes(this.purposes);
  }

  /** A user's upload through POST /api/files; unattached until a module calls `attach`. */
  async upload(
    user: AuthUser,
    actor: Actor,
    input: { purpose: string; filename: string; body: Readable },
  ): Promise<TFileRecord> {
    const purpose = this.purposes.get(input.purpose);
    if (!purpose) throw fieldError('purpose', '文件用途不存在');
    if (!purpose.uploadPermission) throw new AppError('FORBIDDEN', `${purpose.label}由系统生成，不能上传`);
    if (!user.permissions.has(purpose.uploadPermission)) throw new AppError('FORBIDDEN');
    const meta: SaveMeta = { owner: null, regionCode: user.regionCode, createdBy: user.id, actor, action: 'upload' };
    return presentFile(await this.save(purpose, input.filename, input.body, meta));
  }

  /** A document the system generated (an export, a certificate), stored with its owner. */
  async store(input: StoreInput): Promise<TFileRecord> {
    const purpose = this.purposes.get(input.purpose);
    if (!purpose) throw new Error(`unknown file purpose: ${input.purpose}`);
    const meta: SaveMeta = {
      owner: input.owner,
      regionCode: input.regionCode !== undefined ? input.regionCode : input.actor.regionCode,
      createdBy: input.actor.userId,
      actor: input.actor,
      action: 'store',
      trx: input.trx,
    };
    return presentFile(await this.save(purpose, input.name, input.body, meta));
  }

  private async save(purpose: FilePurpose, name: string, body: Readable | Buffer, m: SaveMeta): Promise<StoredFile> {
    const f = await ingest(this.storage, this.tmpDir, purpose, name, body);
    const at = this.clock.now().toISOString();
    const write = async (trx: Kysely<DB>) => {
      const repo = new FilesRepository(trx);
      const id = await repo.insert({
        purpose: purpose.name,
        ownerType: m.owner?.type ?? null,
        ownerId: m.owner?.id ?? null,
        originalName: f.originalName,
        safeName: f.safeName,
        mime: f.mime,
        size: f.size,
        checksum: f.checksum,
        storage: this.storage.kind,
        storageKey: f.storageKey,
        regionCode: m.regionCode,
        createdBy: m.createdBy,
        createdAt: at,
        attachedAt: m.owner ? at : null,
      });
      await this.audit.record(trx, m.actor, {
        action: m.action,
        entity: 'file',
        entityId: id,
        regionCode: m.regionCode,
        summary: `${purpose.label}：${f.safeName}`,
        after: {
          purpose: purpose.name,
          name: f.safeName,
          mime: f.mime,
          size: f.size,
          checksum: f.checksum,
          owner: m.owner,
        },
      });
      return (await repo.findById(id))!;
    };
    try {
      return m.trx ? await write(m.trx) : await this.db.transaction().execute(write);
    } catch (e) {
      await this.storage.delete(f.storageKey).catch(() => undefined);
      throw e;
    }
  }

  /**
   * Gives an uploaded file to its owner record, inside the caller's transaction. Only the uploader's
   * own unattached files (or files already on this owner) can be attached.
   */
  async attach(
    trx: Kysely<DB>,
    actor: Actor,
    fileId: number,
    owner: OwnerRef,
    opts: AttachOptions = {},
  ): Promise<{ id: number; name: string }> {
    const field = opts.field ?? 'fileId';
    const repo = new FilesRepository(trx);
    const file = await repo.findById(fileId);
    if (!file) throw fieldError(field, '文件不存在，请重新上传');
    if (opts.purpose && file.purpose !== opts.purpose) throw fieldError(field, '文件用途不符');
    const sameOwner = file.ownerType === owner.type && file.ownerId === owner.id;
    if (file.ownerType === null && file.createdBy !== actor.userId) throw fieldError(field, '只能使用本人上传的文件');
    const regionCode = opts.regionCode !== undefined ? opts.regionCode : file.regionCode;
    if (!(await repo.attach(fileId, owner, regionCode, this.clock.now().toISOString()))) {
      throw fieldError(field, '该文件已属于其他记录');
    }
    const attached = { id: file.id, name: file.safeName };
    if (sameOwner) return attached;
    await this.audit.record(trx, actor, {
      action: 'attach',
      entity: 'file',
      entityId: fileId,
      regionCode,
      summary: `${file.safeName} → ${owner.type}#${owner.id}`,
      after: { owner },
    });
    return attached;
  }

  /** attach for each of ids, in order; answers their names (what a record keeps to list its files). */
  async attachAll(
    trx: Kysely<DB>,
    actor: Actor,
    ids: readonly number[],
    owner: OwnerRef,
    opts: AttachOptions = {},
  ): Promise<{ id: number; name: string }[]> {
    const out: { id: number; name: string }[] = [];
    for (const id of ids) out.push(await this.attach(trx, actor, id, owner, opts));
    return out;
  }

  /**
   * Deletes files of one owner record inside the caller's transaction (audited, checksum kept in the audit).
   * The contents stay until the caller has committed and runs the answer: a rollback loses nothing.
   */
  async discard(trx: Kysely<DB>, actor: Actor, owner: OwnerRef, fileIds: number[]): Promise<() => Promise<void>> {
    const gone = await new FilesRepository(trx).deleteOwned(fileIds, owner);
    for (const f of gone)
      await this.audit.record(trx, actor, {
        action: 'delete',
        entity: 'file',
        entityId: f.id,
        regionCode: f.regionCode,
        summary: `${f.safeName}（${owner.type}#${owner.id}）`,
        before: { purpose: f.purpose, name: f.safeName, size: f.size, checksum: f.checksum, owner },
      });
    return async () => {
      for (const f of gone) await this.storage.delete(f.storageKey).catch(() => undefined);
    };
  }

  /** Files of one owner record, for the module that owns it (it checks its own scope). */
  listByOwner(owner: OwnerRef): Promise<StoredFile[]> {
    return new FilesRepository(this.db).listByOwner(owner);
  }

  /** The content for a module, without a user check; the stream fails if the checksum does not match. */
  async open(fileId: number): Promise<{ file: StoredFile; stream: Readable }> {
    const file = await new FilesRepository(this.db).findById(fileId);
    if (!file) throw notFound('文件不存在');
    return { file, stream: await this.content(file) };
  }

  private async content(file: StoredFile): Promise<Readable> {
    if (file.storage !== this.storage.kind) {
      throw new AppError('STORAGE_UNAVAILABLE', `该文件保存在 ${file.storage} 存储中，当前服务器未配置该存储`);
    }
    const obj = await this.storage.get(file.storageKey);
    if (!obj) throw new IntegrityError(file.id, '内容缺失');
    if (obj.size !== file.size) {
      obj.body.destroy();
      throw new IntegrityError(file.id, '大小不符');
    }
    const verify = verifyingStream(file.id, file);
    obj.body.once('error', (e) => verify.destroy(e));
    return obj.body.pipe(verify);
  }

  /** The file if the purpose's owner policy lets the user read it; otherwise 404, as if it did not exist. */
  private async readable(user: AuthUser, fileId: number): Promise<{ file: StoredFile; purpose: FilePurpose }> {
    const file = await new FilesRepository(this.db).findById(fileId);
    const purpose = file && this.purposes.get(file.purpose);
    if (!file || !purpose || !(await purpose.canRead(user, ownerOf(file), file))) throw notFound();
    return { file, purpose };
  }

  async get(user: AuthUser, fileId: number): Promise<TFileRecord> {
    return presentFile((await this.readable(user, fileId)).file);
  }

  /**
   * A user's download; personal-data purposes write the read to the audit trail before any byte
   * leaves. Small files are checked whole before sending, so a tampered one answers with an error
   * rather than a broken transfer; larger ones are checked as they stream and cut off on a mismatch.
   */
  async download(user: AuthUser, actor: Actor, fileId: number): Promise<{ file: StoredFile; body: Readable | Buffer }> {
    const { file, purpose } = await this.readable(user, fileId);
    const stream = await this.content(file);
    const body = file.size <= VERIFY_WHOLE_MAX_BYTES ? await buffer(stream) : stream;
    if (purpose.auditReads) {
      try {
        await this.db.transaction().execute((trx) =>
          this.audit.record(trx, actor, {
            action: 'download',
            entity: 'file',
            entityId: file.id,
            regionCode: file.regionCode,
            summary: `${purpose.label}：${file.safeName}`,
          }),
        );
      } catch (e) {
        stream.destroy();
        throw e;
      }
    }
    return { file, body };
  }
}
