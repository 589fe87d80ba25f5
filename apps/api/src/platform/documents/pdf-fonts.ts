import { pdfDocument } from '../lazy-modules';
import type { FontName, FontSet } from './fonts';

/**
 * pdfkit parses a font anew for every document (fontkit.create), and the first layout on a fresh parse
 * costs 40–200 ms per CJK font. We keep one parsed font per face and hand each document its own
 * embedding of it (its own subset), through pdfkit's per-document font table. That table is internal:
 * if a pdfkit upgrade changes it, `usePdfFont` falls back to registering the buffer (slower, still right),
 * and the unit test on `fontCacheActive` fails to say so.
 */
interface Embedded {
  font: unknown;
  constructor: new (doc: unknown, font: unknown, id: string) => unknown;
}
interface Internals {
  _font?: Embedded;
  _fontFamilies?: Record<string, unknown>;
  _fontCount?: number;
}

const parsed = new Map<FontName, Embedded | null>();

function parsedFont(name: FontName, buffer: Buffer): Embedded | null {
  if (!parsed.has(name)) {
    const probe = new (pdfDocument())({ autoFirstPage: false });
    probe.font(buffer);
    const embedded = (probe as unknown as Internals)._font;
    parsed.set(name, embedded && embedded.font && typeof embedded.constructor === 'function' ? embedded : null);
  }
  return parsed.get(name)!;
}

export function usePdfFont(doc: PDFKit.PDFDocument, name: FontName, fonts: FontSet): void {
  const internals = doc as unknown as Internals;
  const cached = parsedFont(name, fonts[name]);
  if (cached && internals._fontFamilies && typeof internals._fontCount === 'number') {
    internals._fontFamilies[name] = new cached.constructor(doc, cached.font, `F${++internals._fontCount}`);
  } else {
    doc.registerFont(name, fonts[name]);
  }
}

/** Whether documents get the parsed-once fonts (the fast path above). */
export function fontCacheActive(fonts: FontSet): boolean {
  const doc = new (pdfDocument())({ autoFirstPage: false });
  usePdfFont(doc, 'serif', fonts);
  doc.font('serif');
  const first = (doc as unknown as Internals)._font?.font;
  return !!first && first === parsedFont('serif', fonts.serif)?.font;
}
