import type { DocumentModel } from './document-model';
import { drawQr, drawSealArea, inBottomMargin, mm, type Pdf } from './pdf-common';

/** Landscape A4 certificate sheet (the 社会团体法人登记证书 style): framed, rows of items, seal and date. */
export const CERTIFICATE_MARGINS = { top: mm(24), left: mm(32), right: mm(32), bottom: mm(50) };
const SIZE = 14;
const LABEL_CHARS = 8;

function frame(doc: Pdf): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    doc.save().strokeColor('#8b1a1a');
    doc
      .rect(mm(10), mm(10), width - mm(20), height - mm(20))
      .lineWidth(2.5)
      .stroke();
    doc
      .rect(mm(13), mm(13), width - mm(26), height - mm(26))
      .lineWidth(0.6)
      .stroke();
    doc.restore();
  }
}

/** A short label spread with ideographic spaces (U+3000), as certificates print 名称 and 住所. */
function spreadLabel(label: string): string {
  const chars = [...label];
  if (chars.length >= 4 || chars.length < 2) return label;
  return chars.join('　'.repeat(chars.length === 2 ? 2 : 1));
}

function rows(doc: Pdf, m: DocumentModel): void {
  const left = CERTIFICATE_MARGINS.left + mm(6);
  const labelWidth = SIZE * LABEL_CHARS;
  const valueX = left + labelWidth + SIZE;
  const valueWidth = doc.page.width - CERTIFICATE_MARGINS.right - valueX;
  doc.y = CERTIFICATE_MARGINS.top + mm(26);
  for (const row of m.rows) {
    doc.font('serifBold').fontSize(SIZE);
    const lineHeight = doc.currentLineHeight(true);
    doc.font('serif').fontSize(SIZE);
    const height = doc.heightOfString(row.value, { width: valueWidth, lineGap: 4 });
    if (doc.y + Math.min(height, lineHeight * 2) > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      doc.y = CERTIFICATE_MARGINS.top;
    }
    const y = doc.y;
    doc.font('serifBold').text(spreadLabel(row.label) + '：', left, y, { width: labelWidth + SIZE, lineBreak: false });
    doc.font('serif').text(row.value, valueX, y, { width: valueWidth, lineGap: 4 });
    doc.y += 5;
  }
}

/** Issuer, date and seal area at the bottom right, QR code at the bottom left of the last page. */
function foot(doc: Pdf, m: DocumentModel, qr: Buffer): void {
  const { width, height } = doc.page;
  const right = width - CERTIFICATE_MARGINS.right - mm(10);
  const top = height - mm(42);
  inBottomMargin(doc, () => {
    doc.font('serif').fontSize(SIZE);
    const lines = [m.signature.issuer, m.signature.date].filter((l): l is string => !!l);
    const blockWidth = Math.max(0, ...lines.map((l) => doc.widthOfString(l)));
    const x = right - blockWidth;
    lines.forEach((l, i) =>
      doc.text(l, x, top + i * SIZE * 1.8, { width: blockWidth, align: 'center', lineBreak: false }),
    );
    if (m.seal) drawSealArea(doc, x + blockWidth / 2, top + SIZE * 1.4, m.seal);
    drawQr(doc, qr, CERTIFICATE_MARGINS.left, height - mm(46), m);
    if (m.footer) {
      doc.font('serif').fontSize(10).fillColor('#333333');
      doc.text(m.footer, mm(20), height - mm(22), { width: width - mm(40), align: 'center', lineBreak: false });
      doc.fillColor('black');
    }
  });
}

export function drawCertificate(doc: Pdf, m: DocumentModel, qr: Buffer): void {
  const { width } = doc.page;
  doc.font('serifBold').fontSize(30).fillColor('#8b1a1a');
  doc.text(m.title, mm(20), CERTIFICATE_MARGINS.top, { width: width - mm(40), align: 'center', characterSpacing: 6 });
  doc.fillColor('black').font('serif').fontSize(12);
  doc.text(`编号：${m.number}`, mm(20), CERTIFICATE_MARGINS.top + mm(16), {
    width: width - CERTIFICATE_MARGINS.right - mm(20),
    align: 'right',
  });
  if (m.addressee) doc.text(m.addressee, CERTIFICATE_MARGINS.left, doc.y + 6);
  rows(doc, m);
  for (const p of m.paragraphs) {
    doc
      .font('serif')
      .fontSize(12)
      .text(p, CERTIFICATE_MARGINS.left + mm(6), doc.y + 4, {
        width: width - CERTIFICATE_MARGINS.left - CERTIFICATE_MARGINS.right - mm(6),
      });
  }
  foot(doc, m, qr);
  frame(doc);
}
