import { describe, expect, it } from 'vitest';
import { embeddedFonts, hasImage, pdfText, zipEntry } from '../../../test/documents/pdf-text';
import { DEFAULT_TEMPLATES } from './default-templates';
import { composeDocument } from './document-model';
import { loadFonts } from './fonts';
import { fontCacheActive } from './pdf-fonts';
import { normalizeValues } from './placeholders';
import { renderDocument } from './renderer';

const sys = { authorityName: '云阳县民政局', regionAbbr: '云', year: 2026, seq: 12, issueDate: '2026-03-02' };
const verify = { code: 'Xy12Ab34Cd56Ef78Gh90Ij', url: 'http://127.0.0.1:3000/verify/Xy12Ab34Cd56Ef78Gh90Ij' };

function sampleModel(kind: string, watermark: string | null = null) {
  const t = DEFAULT_TEMPLATES.find((d) => d.kind === kind)!;
  const { values, errors } = normalizeValues(
    t.fields,
    Object.fromEntries(t.fields.map((f) => [f.name, f.sample ?? null])),
  );
  expect(errors).toEqual({});
  return composeDocument(t, values, sys, verify, watermark);
}

describe('rendering the national default templates', () => {
  it('a certificate: Chinese text extractable, fonts embedded as subsets, QR image, one small page', async () => {
    const { pdf, docx } = await renderDocument(sampleModel('registration_certificate'), new Date(), { docx: true });
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(1);
    for (const s of [
      '社会团体法人登记证书',
      '云阳县青少年体育协会',
      '云民登〔2026〕12号',
      '云阳县民政局',
      '3万元',
      '自2026年3月2日至2031年3月1日',
    ]) {
      expect(text).toContain(s);
    }
    const fonts = embeddedFonts(pdf);
    expect(fonts.some((f) => /^[A-Z]{6}\+NotoSerifSC-Regular$/.test(f))).toBe(true);
    expect(fonts.some((f) => /^[A-Z]{6}\+NotoSerifSC-Bold$/.test(f))).toBe(true);
    expect(hasImage(pdf)).toBe(true);
    // A subset: the whole font is 14 MB.
    expect(pdf.length).toBeLessThan(1024 * 1024);
    const xml = zipEntry(docx!, 'word/document.xml')!.toString('utf8');
    expect(xml).toContain('云阳县青少年体育协会');
    expect(xml).toContain('云民登〔2026〕12号');
    expect(zipEntry(docx!, '[Content_Types].xml')!.toString('utf8')).toContain('image/png');
  });

  it('a notice in the GB/T 9704 layout: issuer, number, title, addressee, body, signature date', async () => {
    const { pdf, docx } = await renderDocument(sampleModel('notice'), new Date(), { docx: true });
    const { text } = await pdfText(pdf);
    const order = [
      '云阳县民政局',
      '云民通〔2026〕12号',
      '责令改正通知书',
      '云阳县青少年体育协会：',
      '特此通知。',
      '2026年3月2日',
    ];
    let at = -1;
    for (const s of order) {
      const next = text.indexOf(s, at + 1);
      expect(next, s).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('请你单位于2026年4月30日前完成改正');
    const xml = zipEntry(docx!, 'word/document.xml')!.toString('utf8');
    expect(xml).toContain('仿宋');
    expect(xml).toContain('责令改正通知书');
  });

  it('a preview carries the 样稿 watermark and no number', async () => {
    const m = { ...sampleModel('letter', '样稿'), number: '云民函〔2026〕×号' };
    const { pdf, docx } = await renderDocument(m, new Date(), { docx: false });
    expect(docx).toBeNull();
    const { text } = await pdfText(pdf);
    expect(text).toContain('样稿');
    expect(text).toContain('云民函〔2026〕×号');
  });

  it('documents share the fonts parsed once (pdfkit internals still as expected)', async () => {
    expect(fontCacheActive(await loadFonts())).toBe(true);
  });

  it('renders a warm certificate in well under a second', async () => {
    const m = sampleModel('registration_certificate');
    await renderDocument(m, new Date(), { docx: true });
    const t0 = performance.now();
    await renderDocument(m, new Date(), { docx: true });
    const ms = performance.now() - t0;
    console.info(`certificate PDF+DOCX rendered in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(3000);
  });
});
