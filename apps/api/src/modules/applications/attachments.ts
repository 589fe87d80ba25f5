import type { Kysely } from 'kysely';
import { APPLICATION_ATTACHMENT_PURPOSE, type AttachmentRole } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Actor } from '../../platform/auth/auth-user';
import type { FileService } from '../../platform/files/files.service';
import { MB } from '../../platform/files/purposes';
import { fieldError } from '../../platform/errors';
import { ApplicationsRepository, type AttachmentRef } from './applications.repository';
import { canRead } from './applications.policy';

const ownerOf = (id: number) => ({ type: 'application', id: String(id) });

/**
 * Application materials go through the files service: uploaded with purpose `application_attachment`,
 * then attached to the application when a draft is saved. Readable by the uploader and by whoever may
 * read the application (applicant, its supervising unit, the bureaus in scope).
 */
export class ApplicationAttachments {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly files: FileService,
  ) {
    files.purposes.register({
      name: APPLICATION_ATTACHMENT_PURPOSE,
      label: '申请材料',
      types: ['pdf', 'png', 'jpg', 'webp', 'docx', 'xlsx'],
      maxBytes: 20 * MB,
      uploadPermission: 'applications.apply',
      canRead: async (user, owner, file) => {
        if (file.createdBy === user.id) return true;
        if (owner?.type !== 'application') return false;
        const app = await new ApplicationsRepository(this.db).findById(Number(owner.id));
        return !!app && canRead(app, user);
      },
    });
  }

  /** Attaches each referenced upload to the application, in the caller's transaction. */
  async attachAll(
    trx: Kysely<DB>,
    actor: Actor,
    applicationId: number,
    refs: AttachmentRef[],
    regionCode: string | null,
  ): Promise<void> {
    const seen = new Set<number>();
    for (const [i, ref] of refs.entries()) {
      if (seen.has(ref.fileId)) throw fieldError(`attachments.${i}.fileId`, '同一文件不能重复添加');
      seen.add(ref.fileId);
      await this.files.attach(trx, actor, ref.fileId, ownerOf(applicationId), {
        purpose: APPLICATION_ATTACHMENT_PURPOSE,
        regionCode,
        field: `attachments.${i}.fileId`,
      });
    }
  }

  /** The current attachments with their file names, in the order given. */
  async describe(applicationId: number, refs: AttachmentRef[]) {
    const files = new Map((await this.files.listByOwner(ownerOf(applicationId))).map((f) => [f.id, f]));
    return refs.flatMap((r) => {
      const f = files.get(r.fileId);
      return f ? [{ fileId: f.id, role: r.role, name: f.safeName, mime: f.mime, size: f.size }] : [];
    });
  }

  static has(refs: AttachmentRef[], role: AttachmentRole): boolean {
    return refs.some((r) => r.role === role);
  }
}
