import dayjs, { type Dayjs } from 'dayjs';
import {
  APPLICATION_ID_FIELDS,
  APPLICATION_PHONE_FIELDS,
  CHANGEABLE_FIELDS,
  type ApplicationKind,
  type AttachmentRole,
  type RegisteredOrgType,
  type TApplicationDetail,
} from '@shezu/contracts';
import type { UploadedFile } from '../../components/FileUpload';
import { fenToYuanText, yuanToFen } from '../../lib/money';
import { fieldsOf, shapeOf } from './dataFields';

export type ChangeableField = (typeof CHANGEABLE_FIELDS)[number];

export interface AttachmentRow {
  role?: AttachmentRole;
  file?: UploadedFile | null;
}

/**
 * Form state of every kind: the data fields under their own names, except money, typed in 元 as text
 * (`registeredFundsYuan`, never through a float) and dates as dayjs. A change names what it changes.
 */
export type ApplicationFormValues = Record<string, unknown> & {
  type?: RegisteredOrgType;
  authorityRegionCode?: string;
  registeredFundsYuan?: string | null;
  changeFields?: ChangeableField[];
  attachments?: AttachmentRow[];
};

export const MONEY_FIELD = 'registeredFundsYuan';
export const YUAN_PATTERN = /^\d{1,13}(\.\d{1,2})?$/;
const PERSONAL: readonly string[] = [...APPLICATION_ID_FIELDS, ...APPLICATION_PHONE_FIELDS];
export const isPersonalField = (field: string) => PERSONAL.includes(field);

/** The form field that shows a data field. */
export const formFieldOf = (field: string) => (shapeOf(field) === 'money' ? MONEY_FIELD : field);

/** Yuan text → fen; null for empty or malformed text (the form's own rule reports the latter). */
export function yuanTextToFen(text: string | null | undefined): number | null {
  const v = text?.trim();
  if (!v || !YUAN_PATTERN.test(v)) return null;
  return yuanToFen(v);
}

/** The fields a form of this kind sends: a change only those it names (and its reason). */
export function fieldsToSend(kind: ApplicationKind, v: ApplicationFormValues): string[] {
  if (kind !== 'change') return fieldsOf(kind);
  const chosen = new Set<string>(v.changeFields ?? []);
  return fieldsOf('change').filter((f) => f === 'reason' || chosen.has(f));
}

function valueToSend(kind: ApplicationKind, field: string, v: ApplicationFormValues): unknown {
  const raw = v[formFieldOf(field)];
  switch (shapeOf(field)) {
    case 'money':
      return yuanTextToFen(raw as string | null) ?? undefined;
    case 'date':
      return dayjs.isDayjs(raw) ? (raw as Dayjs).format('YYYY-MM-DD') : undefined;
    case 'count':
      // 会员数 may be left empty when the other kind of member makes the minimum: the contract wants null then.
      return typeof raw === 'number' ? raw : field === 'staffCount' ? undefined : null;
    case 'boolean':
      return v.type === 'foundation' ? raw === true : false;
    case 'orgType':
      return kind === 'preparation' ? 'social_group' : (raw ?? undefined);
    case 'supervisor':
      return typeof raw === 'number' ? raw : kind === 'change' ? undefined : null;
    case 'preparation':
      return typeof raw === 'number' ? raw : undefined;
    default: {
      if (typeof raw !== 'string') return raw ?? undefined;
      const text = raw.trim();
      if (!text) return undefined;
      return field === 'legalRepIdNumber' || field === 'idNumber' ? text.toUpperCase() : text;
    }
  }
}

/**
 * Form state → the application's `data`. Empty fields are left out (a draft may be incomplete); personal
 * fields left empty keep what was saved, since the form only ever sees them masked.
 */
export function toApplicationData(kind: ApplicationKind, v: ApplicationFormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fieldsToSend(kind, v)) {
    const value = valueToSend(kind, field, v);
    if (value !== undefined) out[field] = value;
  }
  return out;
}

export function toAttachmentRefs(rows: AttachmentRow[] | undefined): { fileId: number; role: AttachmentRole }[] {
  return (rows ?? []).flatMap((r) => (r.role && r.file ? [{ fileId: r.file.id, role: r.role }] : []));
}

/** A saved application as form state (personal data stays empty: the API shows it only masked). */
export function formValuesOf(app: Pick<TApplicationDetail, 'kind' | 'data' | 'attachments'>): ApplicationFormValues {
  const out: ApplicationFormValues = {};
  for (const field of fieldsOf(app.kind)) {
    const value = app.data[field];
    if (value === undefined || value === null || isPersonalField(field)) continue;
    if (shapeOf(field) === 'money' && typeof value === 'number') out[MONEY_FIELD] = fenToYuanText(value);
    else if (shapeOf(field) === 'date' && typeof value === 'string') out[field] = dayjs(value);
    else out[field] = value;
  }
  if (app.kind === 'change') out.changeFields = CHANGEABLE_FIELDS.filter((f) => app.data[f] !== undefined);
  out.attachments = app.attachments.map((a) => ({
    role: a.role,
    file: { id: a.fileId, name: a.name, size: a.size, mime: a.mime },
  }));
  return out;
}

/** Masked personal values on record, shown beside the empty inputs that keep them. */
export function maskedOf(data: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    PERSONAL.flatMap((f) => (typeof data[f] === 'string' && data[f] ? [[f, data[f] as string]] : [])),
  );
}

/**
 * Where the form shows an API field message: `data.registeredFundsFen` → the 元 field,
 * `data.memberCount` → `memberCount`, `attachments.2.fileId` → that row, `data` (nothing to change) →
 * the change picker. Null: no field shows it (the message goes into the notice instead).
 */
export function formPathOf(apiPath: string, kind: ApplicationKind): (string | number)[] | null {
  const parts = apiPath.split('.');
  if (parts[0] === 'attachments') {
    const row = Number(parts[1]);
    return Number.isInteger(row) ? ['attachments', row, parts[2] === 'role' ? 'role' : 'file'] : ['attachments'];
  }
  if (parts[0] !== 'data') return null;
  if (parts.length === 1) return kind === 'change' ? ['changeFields'] : null;
  const field = parts[1]!;
  return fieldsOf(kind).includes(field) ? [formFieldOf(field)] : null;
}
