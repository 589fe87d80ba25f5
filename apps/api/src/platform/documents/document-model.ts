import type { TTemplateField, TTemplateLayout } from '@shezu/contracts';
import { displayValues, fill, formatChineseDate } from './placeholders';
import { formatDocumentNumber } from './numbering';

/** A document with every placeholder resolved: what both renderers (PDF, DOCX) draw. */
export interface DocumentModel {
  style: TTemplateLayout['style'];
  issuer: string;
  number: string;
  title: string;
  addressee: string | null;
  paragraphs: string[];
  rows: { label: string; value: string }[];
  signature: { issuer: string | null; date: string | null };
  seal: string | null;
  footer: string | null;
  verifyUrl: string;
  verifyCode: string;
  /** Printed across every page of a preview, so that a sample can never pass for an issued document. */
  watermark: string | null;
}

export interface SystemValues {
  authorityName: string;
  regionAbbr: string;
  year: number;
  /** null in a preview: no number has been taken. */
  seq: number | null;
  issueDate: string;
}

export function numberPrefix(layout: TTemplateLayout, sys: Pick<SystemValues, 'authorityName' | 'regionAbbr'>) {
  return fill(layout.numberPrefix, { authorityName: sys.authorityName, regionAbbr: sys.regionAbbr }) ?? '';
}

export function composeDocument(
  template: { fields: TTemplateField[]; layout: TTemplateLayout },
  values: Record<string, string | number | null>,
  sys: SystemValues,
  verify: { url: string; code: string },
  watermark: string | null = null,
): DocumentModel {
  const { layout } = template;
  const number = formatDocumentNumber(numberPrefix(layout, sys), sys.year, sys.seq);
  const all: Record<string, string> = {
    ...displayValues(template.fields, values),
    authorityName: sys.authorityName,
    regionAbbr: sys.regionAbbr,
    number,
    year: String(sys.year),
    issueDate: formatChineseDate(sys.issueDate),
  };
  const text = (s: string | null | undefined) => (s ? fill(s, all) : null);
  return {
    style: layout.style,
    issuer: text(layout.issuer) ?? sys.authorityName,
    number,
    title: text(layout.title) ?? '',
    addressee: text(layout.addressee),
    // A multi-line field value becomes paragraphs of its own.
    paragraphs: layout.body
      .map(text)
      .filter((p): p is string => p !== null)
      .flatMap((p) => p.split(/\r?\n+/))
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
    rows: layout.rows
      .map((r) => ({ label: r.label, value: text(r.value) }))
      .filter((r): r is { label: string; value: string } => r.value !== null && r.value.trim() !== ''),
    signature: { issuer: text(layout.signature.issuer), date: text(layout.signature.date) },
    seal: text(layout.seal?.text),
    footer: text(layout.footer),
    verifyUrl: verify.url,
    verifyCode: verify.code,
    watermark,
  };
}
