import type { DocumentModel } from './document-model';
import { renderDocx } from './docx-renderer';
import { loadFonts } from './fonts';
import { drawPageNumbers, drawWatermark, newPdf, toBuffer } from './pdf-common';
import { CERTIFICATE_MARGINS, drawCertificate } from './pdf-certificate';
import { OFFICIAL_MARGINS, drawOfficial } from './pdf-official';
import { qrPng } from './qr';

/** PDF (the copy of record, fonts embedded as subsets) and, unless previewing, the editable DOCX. */
export async function renderDocument(
  m: DocumentModel,
  createdAt: Date,
  opts: { docx: boolean },
): Promise<{ pdf: Buffer; docx: Buffer | null }> {
  const [fonts, qr] = await Promise.all([loadFonts(), qrPng(m.verifyUrl)]);
  const certificate = m.style === 'certificate';
  const doc = newPdf(
    fonts,
    { layout: certificate ? 'landscape' : 'portrait', margins: certificate ? CERTIFICATE_MARGINS : OFFICIAL_MARGINS },
    { title: m.title, author: m.issuer, subject: m.number, createdAt },
  );
  if (certificate) drawCertificate(doc, m, qr);
  else {
    drawOfficial(doc, m, qr);
    drawPageNumbers(doc, OFFICIAL_MARGINS.bottom);
  }
  if (m.watermark) drawWatermark(doc, m.watermark);
  const [pdf, docx] = await Promise.all([toBuffer(doc), opts.docx ? renderDocx(m, qr) : null]);
  return { pdf, docx };
}
