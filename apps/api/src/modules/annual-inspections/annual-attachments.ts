import type { Kysely } from 'kysely';
import { ANNUAL_ATTACHMENT_PURPOSE, type TIndicatorSetDefinition, type ReportValues } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Actor } from '../../platform/auth/auth-user';
import { authorize } from '../../platform/auth/authorize';
import type { FileService } from '../../platform/files/files.service';
import { MB } from '../../platform/files/purposes';
import { reportResource } from './annual.policy';
import { ReportsRepository, type ReportRecord } from './reports.repository';

/**
 * Audit reports and statements travel through the files service: uploaded under `annual_report_attachment`,
 * attached to the report when the section that names them is saved, readable by whoever reads the report.
 */
export class AnnualAttachments {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly files: FileService,
  ) {
    files.purposes.register({
      name: ANNUAL_ATTACHMENT_PURPOSE,
      label: '年度报告附件',
      types: ['pdf', 'png', 'jpg', 'webp', 'docx', 'xlsx'],
      maxBytes: 30 * MB,
      uploadPermission: 'annual.fill',
      canRead: async (user, owner, file) => {
        if (file.createdBy === user.id) return true;
        if (owner?.type !== 'annual_report') return false;
        const r = await new ReportsRepository(this.db).findById(Number(owner.id));
        return !!r && authorize(user, 'annual.read', reportResource(r)).allowed;
      },
    });
  }

  /** Attaches the files the saved values name, in the caller's transaction; a bad id is a 400 on its field. */
  async attach(trx: Kysely<DB>, actor: Actor, def: TIndicatorSetDefinition, r: ReportRecord, values: ReportValues) {
    for (const i of def.indicators) {
      const ids = i.type === 'file' ? values[i.code] : undefined;
      if (!Array.isArray(ids)) continue;
      for (const id of ids as number[])
        await this.files.attach(
          trx,
          actor,
          id,
          { type: 'annual_report', id: String(r.id) },
          {
            purpose: ANNUAL_ATTACHMENT_PURPOSE,
            regionCode: r.regionCode,
            field: i.code,
          },
        );
    }
  }
}
