import type { DocumentModel } from './document-model';
import { BODY_SIZE, RED, TITLE_SIZE, drawQr, drawSealArea, ensureRoom, mm, type Pdf } from './pdf-common';

/**
 * GB/T 9704-2012 page: A4, 版心 156 mm × 225 mm with the top edge 37 mm and the left edge 28 mm
 * from the paper's, 22 lines of 28 characters of 三号 type.
 */
export const OFFICIAL_MARGINS = { top: mm(37), left: mm(28), right: mm(26), bottom: mm(35) };
const WIDTH = mm(156);
const PITCH = mm(225) / 22;
// 28 × 16 pt is 448 pt, slightly wider than 156 mm: tighten every character a little, as the standard allows.
const CHAR_SPACING = WIDTH / 28 - BODY_SIZE - 0.01;

function lineGapFor(doc: Pdf): number {
  return PITCH - doc.currentLineHeight(true);
}

/** Writes text on the grid at the current line, flowing onto new pages as needed. */
function gridText(doc: Pdf, text: string, opts: PDFKit.Mixins.TextOptions = {}): void {
  doc.text(text, OFFICIAL_MARGINS.left, doc.y, {
    width: WIDTH,
    lineGap: lineGapFor(doc),
    characterSpacing: CHAR_SPACING,
    ...opts,
  });
}

function header(doc: Pdf, m: DocumentModel): void {
  const left = OFFICIAL_MARGINS.left;
  // 发文机关标志: red, centred at the top of the type area.
  doc.font('serifBold').fontSize(30).fillColor(RED);
  doc.text(m.issuer, left, OFFICIAL_MARGINS.top, { width: WIDTH, align: 'center', characterSpacing: 2 });
  // 发文字号: two lines below, centred; the red rule 4 mm under it.
  doc.font('serif').fontSize(BODY_SIZE).fillColor('black');
  const numberY = doc.y + PITCH * 2;
  doc.text(m.number, left, numberY, { width: WIDTH, align: 'center' });
  const ruleY = numberY + BODY_SIZE * 1.2 + mm(4);
  doc
    .moveTo(left, ruleY)
    .lineTo(left + WIDTH, ruleY)
    .lineWidth(1.2)
    .strokeColor(RED)
    .stroke()
    .strokeColor('black');
  // 标题: two lines below the rule, 二号, centred.
  doc.font('serifBold').fontSize(TITLE_SIZE);
  doc.text(m.title, left, ruleY + PITCH * 2 - TITLE_SIZE, {
    width: WIDTH,
    align: 'center',
    lineGap: PITCH * 1.2 - doc.currentLineHeight(true),
  });
  doc.font('serif').fontSize(BODY_SIZE);
  doc.y += PITCH;
}

function signature(doc: Pdf, m: DocumentModel): void {
  const { issuer, date } = m.signature;
  if (!issuer && !date && !m.seal) return;
  // The seal (42 mm) must sit within one line under the text and press on 署名 and 成文日期.
  ensureRoom(doc, PITCH * 5);
  const right = OFFICIAL_MARGINS.left + WIDTH;
  doc.font('serif').fontSize(BODY_SIZE);
  const dateText = date ?? '';
  const dateWidth = doc.widthOfString(dateText);
  // 成文日期右空四字; 署名 centred over the date.
  const dateX = right - BODY_SIZE * 4 - dateWidth;
  const centre = dateX + dateWidth / 2;
  const issuerY = doc.y + PITCH * 2;
  const dateY = issuerY + PITCH;
  if (issuer) {
    const w = doc.widthOfString(issuer);
    const x = Math.min(centre - w / 2, right - w);
    doc.text(issuer, x, issuerY, { lineBreak: false });
  }
  if (date) doc.text(dateText, dateX, dateY, { lineBreak: false });
  if (m.seal) drawSealArea(doc, centre, (issuerY + dateY) / 2 + BODY_SIZE / 2, m.seal);
  doc.font('serif').fontSize(BODY_SIZE).fillColor('black');
  doc.x = OFFICIAL_MARGINS.left;
  doc.y = dateY + PITCH;
}

/** An official document (通知书, 函 …) in the GB/T 9704 layout. */
export function drawOfficial(doc: Pdf, m: DocumentModel, qr: Buffer): void {
  drawQr(doc, qr, doc.page.width - OFFICIAL_MARGINS.right - mm(22), mm(5), m);
  header(doc, m);
  if (m.addressee) gridText(doc, m.addressee);
  for (const p of m.paragraphs) gridText(doc, p, { indent: (BODY_SIZE + CHAR_SPACING) * 2 });
  signature(doc, m);
  // 附注: one line under the date, two characters in.
  if (m.footer) gridText(doc, m.footer, { indent: (BODY_SIZE + CHAR_SPACING) * 2 });
}
