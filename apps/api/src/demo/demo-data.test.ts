import { describe, expect, it } from 'vitest';
import { isValidIdNumber } from '@shezu/contracts';
import { apportion, Rng } from './random';
import { fictionalPerson } from './people';
import { OrgNamer } from './org-names';
import { certificateValidUntil, foundingDate } from './org-profile';

describe('demo data building blocks', () => {
  it('draws the same sequence for the same seed and another for another seed', () => {
    const seq = (r: Rng) => Array.from({ length: 5 }, () => r.next());
    expect(seq(new Rng('s'))).toEqual(seq(new Rng('s')));
    const r1 = new Rng(1);
    const r2 = new Rng(2);
    expect([r1.next(), r1.next()]).not.toEqual([r2.next(), r2.next()]);
  });

  it('apportions an exact total in proportion (largest remainder)', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(3424, [5, 3, 2]).reduce((x, y) => x + y, 0)).toBe(3424);
    expect(apportion(7, [0, 0])).toEqual([0, 0]);
    expect(apportion(100, [25, 75])).toEqual([25, 75]);
  });

  it('makes ID numbers that pass the check but use the centenarian sequence codes', () => {
    const rng = new Rng('people');
    for (let i = 0; i < 500; i++) {
      const p = fictionalPerson(rng, '500235');
      expect(isValidIdNumber(p.idNumber)).toBe(true);
      expect(p.idNumber.slice(0, 6)).toBe('500235');
      const year = Number(p.idNumber.slice(6, 10));
      expect(year >= 1950 && year <= 1995).toBe(true);
      expect(['996', '997', '998', '999']).toContain(p.idNumber.slice(14, 17));
      expect(p.name.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('names organizations uniquely per authority even when the vocabulary runs short', () => {
    const namer = new OrgNamer();
    const rng = new Rng('names');
    const names = Array.from({ length: 3000 }, () =>
      namer.name(rng, {
        authority: '500235',
        place: '云阳县',
        type: 'social_group',
        category: 'sports',
        townships: [],
      }),
    );
    expect(new Set(names).size).toBe(3000);
    expect(names.every((n) => n.startsWith('云阳县') && n.endsWith('协会'))).toBe(true);
    expect(namer.reserve('500235', names[0]!)).toBe(false);
    expect(namer.reserve('3308', names[0]!)).toBe(true);
  });

  it('keeps founding dates in 1996–2025 and certificates running into 2026 or later', () => {
    const rng = new Rng('dates');
    for (let i = 0; i < 500; i++) {
      const d = foundingDate(rng);
      expect(d >= '1996-01-01' && d <= '2025-12-31').toBe(true);
      expect(certificateValidUntil(d) >= '2026-01-01').toBe(true);
      expect(foundingDate(rng, 2018) <= '2018-12-31').toBe(true);
    }
  });
});
