import { describe, expect, it } from 'vitest';
import { contentDisposition, extensionOf, recordedName, safeFileName } from './names';

describe('safe file names', () => {
  it('drops every directory part, so a path can never be smuggled in', () => {
    expect(safeFileName('../../etc/passwd', 'txt')).toBe('passwd.txt');
    expect(safeFileName('..\\..\\Windows\\system.ini', 'txt')).toBe('system.txt');
    expect(safeFileName('/abs/年度报告.pdf', 'pdf')).toBe('年度报告.pdf');
  });

  it('removes control characters and bidi overrides, replaces reserved characters', () => {
    expect(safeFileName('报\u0000告\r\n.pdf', 'pdf')).toBe('报告.pdf');
    // "报告\u202Efdp.exe" would show as "报告exe.pdf"
    expect(safeFileName('报告\u202Efdp.exe', 'pdf')).toBe('报告fdp.pdf');
    expect(safeFileName('a<b>:c"d|e?f*.png', 'png')).toBe('a_b__c_d_e_f_.png');
  });

  it('keeps the extension of the content, accepting an alias the name already has', () => {
    expect(safeFileName('照片.jpeg', 'jpg', ['jpeg'])).toBe('照片.jpeg');
    expect(safeFileName('照片', 'jpg', ['jpeg'])).toBe('照片.jpg');
    expect(safeFileName('...', 'pdf')).toBe('文件.pdf');
    expect(safeFileName('.hidden.pdf', 'pdf')).toBe('hidden.pdf');
    expect(safeFileName('CON.txt', 'txt')).toBe('_CON.txt');
    expect(safeFileName('说明. . .', 'txt')).toBe('说明.txt');
  });

  it('cuts very long Chinese names to 80 characters without splitting a character', () => {
    const long = '社会组织年度检查报告'.repeat(30) + '𠀀𠀀.pdf';
    const safe = safeFileName(long, 'pdf');
    expect(Array.from(safe)).toHaveLength(80);
    expect(safe.endsWith('.pdf')).toBe(true);
    expect(safe.startsWith('社会组织年度检查报告')).toBe(true);
    expect(safe).not.toContain('\uFFFD');
  });

  it('records the original name without control characters, bounded', () => {
    expect(recordedName('a\u0000b\u0007.pdf')).toBe('ab.pdf');
    expect(Array.from(recordedName('名'.repeat(400)))).toHaveLength(255);
    expect(extensionOf('A.TAR.GZ')).toBe('gz');
    expect(extensionOf('no-extension')).toBe('');
  });
});

describe('Content-Disposition', () => {
  it('carries the Chinese name in RFC 5987 form with an ASCII fallback', () => {
    const h = contentDisposition('2026年度报告(终稿).pdf');
    expect(h).toBe(
      `attachment; filename="2026_(_).pdf"; filename*=UTF-8''2026%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A%28%E7%BB%88%E7%A8%BF%29.pdf`,
    );
    const star = /filename\*=UTF-8''(.+)$/.exec(h)![1]!;
    expect(decodeURIComponent(star)).toBe('2026年度报告(终稿).pdf');
  });

  it('falls back to download.<ext> when nothing ASCII is left, and never lets a quote through', () => {
    expect(contentDisposition('年度报告.pdf')).toMatch(/^attachment; filename="download\.pdf"; /);
    expect(contentDisposition('a"b\\c.txt', 'inline')).toMatch(/^inline; filename="a_b_c\.txt"; /);
  });
});
