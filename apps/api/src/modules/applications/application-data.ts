import type { z } from 'zod';
import {
  APPLICATION_DATA,
  APPLICATION_ID_FIELDS,
  APPLICATION_PHONE_FIELDS,
  maskIdNumber,
  maskPhone,
  type ApplicationKind,
} from '@shezu/contracts';
import { decryptField, encryptField } from '../../platform/crypto';
import { AppError } from '../../platform/errors';

type Data = Record<string, unknown>;
const ID_FIELDS: readonly string[] = APPLICATION_ID_FIELDS;
const PHONE_FIELDS: readonly string[] = APPLICATION_PHONE_FIELDS;
export const PERSONAL_FIELDS = new Set([...ID_FIELDS, ...PHONE_FIELDS]);

const isSealed = (v: unknown): v is string => typeof v === 'string' && v.startsWith('sm4:');

/**
 * The form's content as stored: ID numbers SM4-encrypted. Personal data the client left out is kept
 * (the form shows it masked and sends it only when changed); an unchanged ID number keeps its
 * ciphertext, so versions compare equal.
 */
export function sealData(key: Buffer, incoming: Data, existing: Data = {}): Data {
  const out: Data = {};
  for (const [k, v] of Object.entries(incoming)) if (v !== undefined) out[k] = v;
  for (const k of PERSONAL_FIELDS) {
    if (incoming[k] === undefined && existing[k] !== undefined) out[k] = existing[k];
  }
  for (const k of ID_FIELDS) {
    const v = out[k];
    if (typeof v !== 'string' || isSealed(v)) continue;
    const before = existing[k];
    out[k] = isSealed(before) && decryptField(key, before) === v ? before : encryptField(key, v);
  }
  return out;
}

/** The content in clear, for checks and for the register on approval. */
export function openData(key: Buffer, data: Data): Data {
  const out = { ...data };
  for (const k of ID_FIELDS) if (isSealed(out[k])) out[k] = decryptField(key, out[k] as string);
  return out;
}

/** The content as the API shows it: ID numbers and phones masked. */
export function maskData(key: Buffer, data: Data): Data {
  const out = openData(key, data);
  for (const k of ID_FIELDS) if (typeof out[k] === 'string') out[k] = maskIdNumber(out[k] as string);
  for (const k of PHONE_FIELDS) if (typeof out[k] === 'string') out[k] = maskPhone(out[k] as string);
  return out;
}

/** Keys of the request body itself; every other key is a form field under `data`. */
const BODY_KEYS = new Set(['data', 'attachments', 'orgId', 'uscc', 'certificateReturnedOn', 'sealsReturnedOn']);

/** A field as the request sends it: `memberCount` → `data.memberCount`; `attachments`, `uscc` stay. */
export const requestField = (k: string) => (k.includes('.') || BODY_KEYS.has(k) ? k : `data.${k}`);

/** Field errors keyed as the request sends them (`data.memberCount`, `attachments`). */
export function dataFieldError(problems: Record<string, string>): AppError {
  const fields = Object.fromEntries(Object.entries(problems).map(([k, v]) => [requestField(k), v]));
  const first = Object.values(fields)[0];
  return new AppError('VALIDATION_FAILED', `提交的内容有误：${first}`, fields);
}

type Complete<K extends ApplicationKind> = z.infer<(typeof APPLICATION_DATA)[K]>;

/**
 * The complete form of its kind, as required on submission, or null with every missing or wrong field
 * added to `problems` (so that the caller can add its own checks and answer them all at once).
 */
export function parseComplete<K extends ApplicationKind>(
  kind: K,
  clear: Data,
  problems: Record<string, string>,
): Complete<K> | null {
  const r = APPLICATION_DATA[kind].safeParse(clear);
  if (r.success) return r.data as Complete<K>;
  for (const issue of r.error.issues) {
    const path = ['data', ...issue.path.map(String)].join('.');
    const missing = issue.path.length === 1 && clear[String(issue.path[0])] === undefined;
    problems[path] ??= missing ? '请填写此项' : issue.message;
  }
  return null;
}

/** The complete form, or a 400 naming every missing or wrong field. */
export function completeData<K extends ApplicationKind>(kind: K, clear: Data): Complete<K> {
  const problems: Record<string, string> = {};
  const d = parseComplete(kind, clear, problems);
  if (!d) throw dataFieldError(problems);
  return d;
}
