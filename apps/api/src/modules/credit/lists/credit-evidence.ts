import type { Kysely } from 'kysely';
import { CREDIT_EVIDENCE_PURPOSE } from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/auth/auth-user';
import { authorize } from '../../../platform/auth/authorize';
import type { FileService } from '../../../platform/files/files.service';
import { MB } from '../../../platform/files/purposes';
import { ListsRepository } from './lists.repository';

type Owner = { type: 'credit_listing' | 'credit_request'; id: number };

/**
 * Evidence travels through the files service: uploaded under `credit_evidence`, attached to the listing or the
 * request that cites it (a file id that is not the uploader's own, or belongs elsewhere, is a 400 on `evidence`),
 * readable by whoever reads that listing.
 */
export class CreditEvidence {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly files: FileService,
  ) {
    files.purposes.register({
      name: CREDIT_EVIDENCE_PURPOSE,
      label: '信用证明材料',
      types: ['pdf', 'png', 'jpg', 'webp', 'docx', 'xlsx'],
      maxBytes: 30 * MB,
      uploadPermission: 'credit.read',
      canRead: async (user, owner, file) => {
        if (file.createdBy === user.id) return true;
        if (!owner) return false;
        const repo = new ListsRepository(this.db);
        const listingId =
          owner.type === 'credit_listing'
            ? Number(owner.id)
            : owner.type === 'credit_request'
              ? (await repo.request(Number(owner.id)))?.listingId
              : undefined;
        const l = listingId ? await repo.listing(listingId) : undefined;
        return (
          !!l &&
          authorize(user, 'credit.read', {
            regionCode: l.regionCode,
            authorityRegionCode: l.authorityRegionCode,
            unitIds: [l.supervisorUnitId],
            orgId: l.orgId,
          }).allowed
        );
      },
    });
  }

  async attach(trx: Kysely<DB>, actor: Actor, ids: readonly number[], owner: Owner, regionCode: string) {
    for (const id of ids)
      await this.files.attach(
        trx,
        actor,
        id,
        { type: owner.type, id: String(owner.id) },
        {
          purpose: CREDIT_EVIDENCE_PURPOSE,
          regionCode,
          field: 'evidence',
        },
      );
  }
}
