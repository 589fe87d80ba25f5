import type { Kysely } from 'kysely';
import { CAMPAIGN_EVIDENCE_PURPOSE } from '@shezu/contracts';
import type { DB } from '../../../../db/schema';
import type { Actor } from '../../../../platform/auth/auth-user';
import { authorize } from '../../../../platform/auth/authorize';
import type { FileService } from '../../../../platform/files/files.service';
import { MB } from '../../../../platform/files/purposes';
import { SpecialCampaignsRepository } from './campaigns.repository';

const OWNER = 'campaign_org';
export type EvidenceFile = { id: number; name: string };

/**
 * Rectification evidence through the files service: uploaded by the organization under `campaign_evidence`,
 * attached to its self-inspection row, readable by whoever reads that row (the organization, its supervising
 * unit, the bureau's staff in their region).
 */
export class CampaignEvidence {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly files: FileService,
  ) {
    files.purposes.register({
      name: CAMPAIGN_EVIDENCE_PURPOSE,
      label: '专项整治整改佐证材料',
      types: ['pdf', 'png', 'jpg', 'webp', 'docx', 'xlsx'],
      maxBytes: 30 * MB,
      uploadPermission: 'supervision.respond',
      canRead: async (user, owner, file) => {
        if (file.createdBy === user.id) return true;
        if (owner?.type !== OWNER) return false;
        const row = await new SpecialCampaignsRepository(this.db).findOrg(Number(owner.id));
        if (!row) return false;
        const res = {
          regionCode: row.regionCode,
          authorityRegionCode: row.authorityRegionCode,
          orgId: row.orgId,
          unitIds: [row.supervisorUnitId],
        };
        return authorize(user, 'supervision.respond', res).allowed || authorize(user, 'supervision.read', res).allowed;
      },
    });
  }

  async attach(trx: Kysely<DB>, actor: Actor, ids: readonly number[], rowId: number, regionCode: string) {
    for (const id of ids)
      await this.files.attach(
        trx,
        actor,
        id,
        { type: OWNER, id: String(rowId) },
        { purpose: CAMPAIGN_EVIDENCE_PURPOSE, regionCode, field: 'files' },
      );
  }

  async of(rowId: number): Promise<EvidenceFile[]> {
    const list = await this.files.listByOwner({ type: OWNER, id: String(rowId) });
    return list.map((f) => ({ id: Number(f.id), name: f.originalName }));
  }

  /** Files of the rows that reported a rectification (others have none). */
  async ofRows(rows: readonly { id: number; rectification: string }[]): Promise<Map<number, EvidenceFile[]>> {
    const out = new Map<number, EvidenceFile[]>();
    for (const r of rows)
      if (r.rectification === 'claimed' || r.rectification === 'confirmed') out.set(r.id, await this.of(r.id));
    return out;
  }
}
