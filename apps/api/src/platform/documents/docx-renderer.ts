import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { DocumentModel } from './document-model';

/**
 * The editable copy (DOCX). Fonts are named, not embedded: Word substitutes 仿宋 / 宋体 / 黑体 where they
 * are missing (on Chinese Windows they exist). The PDF, with its embedded fonts, is the copy of record.
 */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const PITCH = Math.round(((225 / 22) * 72 * 20) / 25.4); // twentieths of a point: 22 lines in 225 mm
const BODY = 32; // half-points: 三号
const FANGSONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const SONGTI = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEITI = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };
const RED = 'C00000';

const run = (text: string, o: Partial<IRunOptions> = {}) => new TextRun({ text, font: FANGSONG, size: BODY, ...o });
const exact = { line: PITCH, lineRule: LineRuleType.EXACT };

function qrParagraphs(m: DocumentModel, qr: Buffer, align: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  return [
    new Paragraph({
      alignment: align,
      children: [new ImageRun({ type: 'png', data: qr, transformation: { width: 72, height: 72 } })],
    }),
    new Paragraph({ alignment: align, children: [new TextRun({ text: '扫码核验文书真伪', font: HEITI, size: 14 })] }),
    new Paragraph({ alignment: align, children: [new TextRun({ text: m.verifyCode, font: HEITI, size: 10 })] }),
  ];
}

function pageNumberFooter(align: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  return new Footer({
    children: [
      new Paragraph({
        alignment: align,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: SONGTI, size: 28 })],
      }),
    ],
  });
}

function signature(m: DocumentModel, rightIndentChars: number): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ spacing: exact, children: [] })];
  const { issuer, date } = m.signature;
  const dateLen = date ? [...date].length : 0;
  if (issuer) {
    // Centred over the date, as the standard places 署名 when a seal is applied.
    const shift = Math.max(0, (dateLen - [...issuer].length) / 2);
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: exact,
        indent: { right: Math.round((rightIndentChars + shift) * 320) },
        children: [run(issuer)],
      }),
    );
  }
  if (date) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: exact,
        indent: { right: rightIndentChars * 320 },
        children: [run(date)],
      }),
    );
  }
  if (m.seal) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: rightIndentChars * 320 },
        children: [run(`（印章：${m.seal}）`, { size: 18, color: RED })],
      }),
    );
  }
  return out;
}

function officialBody(m: DocumentModel): Paragraph[] {
  const indent = { firstLine: 640 };
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: m.issuer, font: SONGTI, size: 60, bold: true, color: RED })],
    }),
    new Paragraph({ spacing: exact, children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact,
      border: { bottom: { color: RED, space: 8, style: BorderStyle.SINGLE, size: 18 } },
      children: [run(m.number)],
    }),
    new Paragraph({ spacing: exact, children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(PITCH * 1.2), lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: m.title, font: SONGTI, size: 44, bold: true })],
    }),
    new Paragraph({ spacing: exact, children: [] }),
  ];
  if (m.addressee) out.push(new Paragraph({ spacing: exact, children: [run(m.addressee)] }));
  for (const p of m.paragraphs) out.push(new Paragraph({ spacing: exact, indent, children: [run(p)] }));
  out.push(...signature(m, 4));
  if (m.footer) out.push(new Paragraph({ spacing: exact, indent, children: [run(m.footer)] }));
  return out;
}

function certificateBody(m: DocumentModel, qr: Buffer): (Paragraph | Table)[] {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: none, bottom: none, left: none, right: none };
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: m.rows.map(
      (r) =>
        new TableRow({
          children: [
            new TableCell({
              borders,
              width: { size: 22, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: [run(`${r.label}：`, { bold: true, size: 30 })] })],
            }),
            new TableCell({
              borders,
              children: r.value.split('\n').map((l) => new Paragraph({ children: [run(l, { size: 30 })] })),
            }),
          ],
        }),
    ),
  });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: m.title, font: SONGTI, size: 60, bold: true, color: '8B1A1A' })],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`编号：${m.number}`, { size: 24 })] }),
    ...(m.addressee ? [new Paragraph({ children: [run(m.addressee)] })] : []),
    table,
    ...m.paragraphs.map((p) => new Paragraph({ children: [run(p, { size: 24 })] })),
    ...signature(m, 2),
    ...qrParagraphs(m, qr, AlignmentType.LEFT),
    ...(m.footer ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(m.footer, { size: 20 })] })] : []),
  ];
}

export function renderDocx(m: DocumentModel, qr: Buffer): Promise<Buffer> {
  const certificate = m.style === 'certificate';
  const doc = new Document({
    creator: 'Shezu 社组',
    title: m.title,
    subject: m.number,
    evenAndOddHeaderAndFooters: !certificate,
    sections: [
      {
        properties: {
          titlePage: !certificate,
          page: certificate
            ? {
                size: { orientation: PageOrientation.LANDSCAPE },
                margin: { top: twip(24), bottom: twip(20), left: twip(32), right: twip(32) },
              }
            : {
                margin: { top: twip(37), bottom: twip(35), left: twip(28), right: twip(26), header: twip(5) },
              },
          grid: certificate ? undefined : { type: DocumentGridType.LINES, linePitch: PITCH },
        },
        headers: certificate
          ? undefined
          : { first: new Header({ children: qrParagraphs(m, qr, AlignmentType.RIGHT) }) },
        footers: certificate
          ? undefined
          : {
              default: pageNumberFooter(AlignmentType.RIGHT),
              even: pageNumberFooter(AlignmentType.LEFT),
              first: pageNumberFooter(AlignmentType.RIGHT),
            },
        children: certificate ? certificateBody(m, qr) : officialBody(m),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
