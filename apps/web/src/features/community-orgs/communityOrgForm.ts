import dayjs, { type Dayjs } from 'dayjs';
import type { CommunityAreaKind, CommunityOrgCategory, TCommunityOrg } from '@shezu/contracts';
import { ApiError } from '../../api/errors';
import type { UploadedFile } from '../../components/FileUpload';
import { fenToYuanText, yuanToFen } from '../../lib/money';
import type { CommunityOrgCreateBody, CommunityOrgUpdateBody } from './api';

/** Form state: money as the 元 text typed, the filing date as dayjs, attachments as uploaded files. */
export interface CommunityOrgFormValues {
  name: string;
  communityName: string;
  areaKind?: CommunityAreaKind;
  categoryCode?: CommunityOrgCategory;
  responsibleName: string;
  /** Write-only: the API returns it masked, so the edit form starts empty and empty keeps what is on record. */
  responsibleIdNumber?: string;
  responsiblePhone?: string;
  venue: string;
  activityArea: string;
  memberCount: number | null;
  fundsYuan: string | null;
  filedOn: Dayjs | null;
  charter?: UploadedFile | null;
  roster?: UploadedFile | null;
}

/** The form field that shows an API field. */
const FORM_FIELD_OF: Record<string, keyof CommunityOrgFormValues> = {
  fundsFen: 'fundsYuan',
  charterFileId: 'charter',
  rosterFileId: 'roster',
};

const text = (v: string | null | undefined) => (v && v.trim() ? v.trim() : undefined);

/** Form state → the filing as the API takes it; optional personal fields left empty are omitted. */
export function toCreateBody(v: CommunityOrgFormValues): CommunityOrgCreateBody {
  const idNumber = text(v.responsibleIdNumber)?.toUpperCase();
  const phone = text(v.responsiblePhone);
  return {
    name: v.name.trim(),
    communityName: v.communityName.trim(),
    areaKind: v.areaKind!,
    categoryCode: v.categoryCode!,
    responsibleName: v.responsibleName.trim(),
    ...(idNumber ? { responsibleIdNumber: idNumber } : {}),
    ...(phone ? { responsiblePhone: phone } : {}),
    venue: v.venue.trim(),
    activityArea: v.activityArea.trim(),
    memberCount: v.memberCount!,
    fundsFen: yuanToFen(v.fundsYuan ?? '0'),
    filedOn: v.filedOn!.format('YYYY-MM-DD'),
    ...(v.charter ? { charterFileId: v.charter.id } : {}),
    ...(v.roster ? { rosterFileId: v.roster.id } : {}),
  };
}

/** A filing as edit-form state (personal data and attachments start empty: typing or uploading replaces them). */
export function formValuesOf(o: TCommunityOrg): CommunityOrgFormValues {
  return {
    name: o.name,
    communityName: o.communityName,
    areaKind: o.areaKind,
    categoryCode: o.categoryCode as CommunityOrgCategory,
    responsibleName: o.responsibleName,
    venue: o.venue,
    activityArea: o.activityArea,
    memberCount: o.memberCount,
    fundsYuan: fenToYuanText(o.fundsFen),
    filedOn: dayjs(o.filedOn),
    charter: null,
    roster: null,
  };
}

/** What a change sends: the fields that differ from the record, personal fields and files when given. */
export function toUpdateBody(o: TCommunityOrg, v: CommunityOrgFormValues): CommunityOrgUpdateBody {
  const next = toCreateBody(v) as Record<string, unknown>;
  const current = o as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(next)) {
    const personalOrFile = ['responsibleIdNumber', 'responsiblePhone', 'charterFileId', 'rosterFileId'].includes(k);
    if (personalOrFile || current[k] !== value) out[k] = value;
  }
  return { ...out, version: o.version } as CommunityOrgUpdateBody;
}

/** The API's field messages under the names the form uses. */
export function withFormFieldNames(err: unknown): unknown {
  if (!(err instanceof ApiError) || !err.hasFields) return err;
  const fields = Object.fromEntries(Object.entries(err.fields).map(([k, m]) => [FORM_FIELD_OF[k] ?? k, m]));
  return new ApiError(err.status, err.code, err.message, fields, err.requestId);
}
