import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from './download';

describe('filenameFromDisposition', () => {
  it('prefers the UTF-8 name the API gives Chinese file names', () => {
    expect(
      filenameFromDisposition(
        `attachment; filename="document.pdf"; filename*=UTF-8''%E4%BA%91%E6%B0%91%E5%87%BD%E3%80%942026%E3%80%951%E5%8F%B7.pdf`,
      ),
    ).toBe('云民函〔2026〕1号.pdf');
  });

  it('falls back to the plain name, and to nothing', () => {
    expect(filenameFromDisposition('attachment; filename="export.xlsx"')).toBe('export.xlsx');
    expect(filenameFromDisposition(`attachment; filename="a.pdf"; filename*=UTF-8''%E4%ZZ`)).toBe('a.pdf');
    expect(filenameFromDisposition(null)).toBeNull();
  });
});
