import type { Kysely } from 'kysely';
import { COMPLAINT_ATTACHMENT_PURPOSE } from '@shezu/contracts';
import type { DB } from '../../../../db/schema';
import { authorize } from '../../../../platform/auth/authorize';
import { MB, type FilePurposes } from '../../../../platform/files/purposes';

export const COMPLAINT_ATTACHMENT_MAX_BYTES = 10 * MB;

/**
 * Attachments the public sends with a complaint: photos and documents, no login. They may name people, so
 * every read is audited, and only staff who read the complaint (its bureau's region) see them.
 */
export function registerComplaintPurposes(purposes: FilePurposes, db: Kysely<DB>): void {
  purposes.register({
    name: COMPLAINT_ATTACHMENT_PURPOSE,
    label: '投诉举报附件',
    types: ['pdf', 'png', 'jpg', 'webp', 'docx'],
    maxBytes: COMPLAINT_ATTACHMENT_MAX_BYTES,
    uploadPermission: null,
    auditReads: true,
    canRead: async (user, _owner, file) => {
      const c = await db
        .selectFrom('complaintAttachments as a')
        .innerJoin('complaints as c', 'c.id', 'a.complaintId')
        .select(['c.authorityRegionCode', 'c.supervisorUnitId', 'c.orgId'])
        .where('a.fileId', '=', file.id)
        .executeTakeFirst();
      if (!c) return false;
      return authorize(user, 'supervision.read', {
        regionCode: c.authorityRegionCode,
        unitIds: [c.supervisorUnitId],
        orgId: c.orgId,
      }).allowed;
    },
  });
}
