import { pdfDocument } from '../lazy-modules';
import type { FontSet } from './fonts';
import type { DocumentModel } from './document-model';
import { usePdfFont } from './pdf-fonts';

export type Pdf = PDFKit.PDFDocument;

export const mm = (v: number) => (v * 72) / 25.4;
export const RED = '#c00000';
export const BODY_SIZE = 16; // 三号
export const TITLE_SIZE = 22; // 二号

/** Starts a document with the fonts registered under the names the layouts use. */
export function newPdf(
  fonts: FontSet,
  opts: { layout: 'portrait' | 'landscape'; margins: { top: number; bottom: number; left: number; right: number } },
  meta: { title: string; author: string; subject: string; createdAt: Date },
): Pdf {
  const doc = new (pdfDocument())({
    size: 'A4',
    layout: opts.layout,
    margins: opts.margins,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Creator: 'Shezu 社组',
      CreationDate: meta.createdAt,
    },
  });
  for (const name of ['serif', 'serifBold', 'sans'] as const) usePdfFont(doc, name, fonts);
  return doc;
}

export function toBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Runs `draw` with the bottom margin lifted, so that text placed in it does not start a new page. */
export function inBottomMargin(doc: Pdf, draw: () => void): void {
  const saved = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  try {
    draw();
  } finally {
    doc.page.margins.bottom = saved;
  }
}

/** Moves to a new page when fewer than `height` points are left above the bottom margin. */
export function ensureRoom(doc: Pdf, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/**
 * The seal area: a red outline where the authority applies its seal, with the issuer's name inside.
 * The platform never draws a seal itself; an unsealed print is not the official copy.
 */
export function drawSealArea(doc: Pdf, cx: number, cy: number, text: string): void {
  const r = mm(21);
  doc.save();
  doc.circle(cx, cy, r).lineWidth(1).dash(3, { space: 3 }).strokeColor(RED).strokeOpacity(0.6).stroke();
  doc.undash();
  // Labels at the top of the circle: the middle holds 署名 and 成文日期, the bottom may cross the 附注 line.
  doc.font('serif').fontSize(8).fillColor(RED).fillOpacity(0.8);
  doc.text(text, cx - r + 8, cy - r + 7, { width: 2 * r - 16, align: 'center', lineBreak: false });
  doc.text('（印章）', cx - r, cy - r + 18, { width: 2 * r, align: 'center', lineBreak: false });
  doc.restore();
  doc.fillColor('black').fillOpacity(1).strokeOpacity(1);
}

/** The QR code of the public verification page with its caption, at a fixed point. */
export function drawQr(doc: Pdf, png: Buffer, x: number, y: number, model: DocumentModel): void {
  const size = mm(22);
  inBottomMargin(doc, () => {
    doc.image(png, x, y, { width: size, height: size });
    doc
      .font('sans')
      .fontSize(8)
      .fillColor('#333333')
      .text('扫码核验文书真伪', x - 10, y + size + 2, { width: size + 20, align: 'center', lineBreak: false });
    doc
      .fontSize(6)
      .text(model.verifyCode, x - 20, y + size + 13, { width: size + 40, align: 'center', lineBreak: false });
    doc.fillColor('black');
  });
}

/** Page numbers (GB/T 9704 7.5: 4号, “— 1 —”, odd pages right and even pages left, one character in). */
export function drawPageNumbers(doc: Pdf, bottomMargin: number): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const n = i + 1;
    const { width, height, margins } = doc.page;
    const y = height - bottomMargin + mm(7);
    const text = `— ${n} —`;
    doc.font('serif').fontSize(14);
    const w = doc.widthOfString(text);
    const x = n % 2 === 1 ? width - margins.right - 14 - w : margins.left + 14;
    inBottomMargin(doc, () => doc.text(text, x, y, { lineBreak: false }));
  }
}

/** A preview's watermark across every page. */
export function drawWatermark(doc: Pdf, text: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    doc.save();
    doc.rotate(-35, { origin: [width / 2, height / 2] });
    doc.font('sans').fontSize(96).fillColor('#999999').fillOpacity(0.25);
    inBottomMargin(doc, () => doc.text(text, 0, height / 2 - 60, { width, align: 'center', lineBreak: false }));
    doc.restore();
    doc.fillOpacity(1).fillColor('black');
  }
}
