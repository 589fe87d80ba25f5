import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import {
  COMPLAINT_ATTACHMENT_PURPOSE,
  authorityNameOf,
  type TComplaintCreate,
  type TComplaintFiled,
  type TComplaintUploaded,
  type TPublicComplaintStatus,
  ZComplaintCreate,
} from '@shezu/contracts';
import type { DB } from '../../../../db/schema';
import type { Actor } from '../../../../platform/auth/auth-user';
import { chinaDate } from '../../../../platform/clock';
import { encryptField, randomToken, sm3 } from '../../../../platform/crypto';
import { fieldError, notFound } from '../../../../platform/errors';
import type { ClientMeta } from '../../../../platform/http';
import type { SupervisionDeps } from '../../supervision-deps';
import type { CaseOpener } from '../case-intake';
import { lookupHash, newLookupCode, newTrackingNo, receivingAuthority } from './complaint-rules';

/** Files uploaded before the complaint exists belong to the upload token's hash until it is filed. */
export const UPLOAD_OWNER = 'complaint_upload';

/** The public's side: attachments, filing, and the status lookup (no login). */
export class ComplaintFilingService {
  constructor(
    private readonly deps: SupervisionDeps,
    private readonly cases: CaseOpener,
  ) {}

  private publicActor(meta: ClientMeta, regionCode: string | null): Actor {
    return { userId: null, name: '公众（投诉举报）', regionCode, requestId: meta.requestId, ip: meta.ip };
  }

  /** One attachment; the token returned proves it is the uploader's when the complaint is filed. */
  async upload(meta: ClientMeta, filename: string, body: Readable): Promise<TComplaintUploaded> {
    const token = randomToken(24);
    const f = await this.deps.files.store({
      purpose: COMPLAINT_ATTACHMENT_PURPOSE,
      name: filename,
      body,
      owner: { type: UPLOAD_OWNER, id: sm3(token) },
      actor: this.publicActor(meta, null),
      regionCode: null,
    });
    return { fileId: f.id, token, name: f.name, size: f.size };
  }

  async file(meta: ClientMeta, body: TComplaintCreate): Promise<TComplaintFiled> {
    const input = ZComplaintCreate.parse(body);
    const { deps } = this;
    let target: {
      orgId: number | null;
      orgName: string;
      uscc: string | null;
      regionCode: string;
      authorityRegionCode: string;
      supervisorUnitId: number | null;
    };
    if (input.orgUscc) {
      const o = await deps.orgsQuery.factsByUscc(input.orgUscc);
      if (!o) throw fieldError('orgUscc', '未找到该统一社会信用代码的社会组织');
      target = {
        orgId: o.id,
        orgName: o.name,
        uscc: o.uscc,
        regionCode: o.regionCode,
        authorityRegionCode: o.authorityRegionCode,
        supervisorUnitId: o.supervisorUnitId,
      };
    } else {
      const region = await deps.regions.find(input.regionCode!);
      if (!region) throw fieldError('regionCode', '地区不存在');
      target = {
        orgId: null,
        orgName: input.orgName!,
        uscc: null,
        regionCode: region.code,
        authorityRegionCode: receivingAuthority(region.code),
        supervisorUnitId: null,
      };
    }
    const authority = await deps.regions.find(target.authorityRegionCode);
    const authorityName = authorityNameOf({
      code: target.authorityRegionCode,
      name: authority?.name ?? target.authorityRegionCode,
    });

    const uploads = await Promise.all(
      input.attachments.map(async (a, i) => {
        const mine = await deps.files.listByOwner({ type: UPLOAD_OWNER, id: sm3(a.token) });
        if (!mine.some((f) => f.id === a.fileId))
          throw fieldError(`attachments.${i}`, '附件不存在或已失效，请重新上传');
        return a.fileId;
      }),
    );
    if (new Set(uploads).size !== uploads.length) throw fieldError('attachments', '同一附件只能提交一次');

    const now = deps.clock.now();
    const receivedOn = chinaDate(now);
    const actor = this.publicActor(meta, target.authorityRegionCode);
    const lookupCode = newLookupCode();
    const trackingNo = await deps.db.transaction().execute(async (trx) => {
      const no = await this.freeTrackingNo(trx, receivedOn.slice(0, 4));
      const row = await trx
        .insertInto('complaints')
        .values({
          trackingNo: no,
          lookupHash: lookupHash(deps.dataKey, no, lookupCode),
          status: 'received',
          category: input.category,
          ...target,
          content: input.content,
          contactNameEnc: input.contactName ? encryptField(deps.dataKey, input.contactName) : null,
          contactPhoneEnc: input.contactPhone ? encryptField(deps.dataKey, input.contactPhone) : null,
          receivedOn,
          receivedAt: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      for (const fileId of uploads) {
        const taken = await trx
          .selectFrom('complaintAttachments')
          .select('id')
          .where('fileId', '=', fileId)
          .executeTakeFirst();
        if (taken) throw fieldError('attachments', '附件已随其他投诉提交');
        await trx.insertInto('complaintAttachments').values({ complaintId: id, fileId }).execute();
      }
      // The contact is not written into the trail: the audit keeps that a complaint came, not who sent it.
      await deps.audit.record(trx, actor, {
        action: 'create',
        entity: 'complaint',
        entityId: id,
        regionCode: target.authorityRegionCode,
        summary: `投诉举报 ${no}：${target.orgName}`,
        after: { trackingNo: no, category: input.category, orgId: target.orgId, attachments: uploads },
      });
      if (target.orgId !== null) {
        await deps.events.publish(
          trx,
          {
            name: 'complaint_received',
            payload: {
              orgId: target.orgId,
              orgName: target.orgName,
              uscc: target.uscc,
              regionCode: target.regionCode,
              authorityRegionCode: target.authorityRegionCode,
              supervisorUnitId: target.supervisorUnitId,
              complaintId: id,
              receivedOn,
            },
          },
          actor,
        );
      }
      return no;
    });
    return { trackingNo, lookupCode, receivedOn, authorityName };
  }

  private async freeTrackingNo(trx: Kysely<DB>, year: string): Promise<string> {
    for (;;) {
      const no = newTrackingNo(year);
      const used = await trx.selectFrom('complaints').select('id').where('trackingNo', '=', no).executeTakeFirst();
      if (!used) return no;
    }
  }

  /** Status and replies only; a wrong code answers exactly like an unknown number. */
  async lookup(trackingNo: string, code: string): Promise<TPublicComplaintStatus> {
    const { deps } = this;
    const c = await deps.db
      .selectFrom('complaints')
      .selectAll()
      .where('trackingNo', '=', trackingNo.trim().toUpperCase())
      .executeTakeFirst();
    if (!c || c.lookupHash !== lookupHash(deps.dataKey, c.trackingNo, code)) {
      throw notFound('受理编号或查询码不正确');
    }
    const authority = await deps.regions.find(c.authorityRegionCode);
    const caseStatus = c.caseId
      ? (await this.cases.sourceStatus([`complaint:${c.id}`])).get(`complaint:${c.id}`)
      : undefined;
    return {
      trackingNo: c.trackingNo,
      receivedOn: c.receivedOn,
      orgName: c.orgName,
      status: c.status as TPublicComplaintStatus['status'],
      authorityName: authorityNameOf({ code: c.authorityRegionCode, name: authority?.name ?? c.authorityRegionCode }),
      reply: c.reply,
      repliedOn: c.repliedOn,
      caseStatus: caseStatus?.status ?? null,
      caseClosedOn: caseStatus?.closedOn ?? null,
      substantiated: caseStatus?.substantiated ?? null,
    };
  }
}
