import type { RegisteredOrgType } from '@shezu/contracts';
import type { Rng } from './random';
import { BRANDS, NAME_PATTERNS, type NamePattern } from './org-vocabulary';

/** Domain categories a type's names are made for, with their patterns. */
export function categoriesOf(type: RegisteredOrgType): string[] {
  return Object.keys(NAME_PATTERNS[type]);
}

function compose(rng: Rng, p: NamePattern): string {
  return p.parts.map((part) => rng.pick(part)).join('');
}

/**
 * Realistic organization names, unique per registration authority (the register's rule for active
 * organizations): the place, sometimes a township, then words of the category's patterns. After a few
 * collisions a township or a trade name is put in front, as real registers do.
 */
export class OrgNamer {
  private readonly taken = new Map<string, Set<string>>();

  /** Reserves a name chosen elsewhere (false when the authority already has it). */
  reserve(authority: string, name: string): boolean {
    const set = this.taken.get(authority) ?? new Set<string>();
    this.taken.set(authority, set);
    if (set.has(name)) return false;
    set.add(name);
    return true;
  }

  name(
    rng: Rng,
    o: {
      authority: string;
      place: string;
      type: RegisteredOrgType;
      category: string;
      /** Names of townships the organization may be named after (a county's own organizations). */
      townships: readonly string[];
    },
  ): string {
    const all = NAME_PATTERNS[o.type][o.category] ?? NAME_PATTERNS[o.type][categoriesOf(o.type)[0]!]!;
    const patterns = o.townships.length ? all : all.filter((p) => !p.township);
    const weights = patterns.map((p) => p.weight);
    for (let attempt = 0; attempt < 40; attempt++) {
      const p = patterns[rng.weighted(weights)]!;
      const town = p.township || (attempt >= 8 && o.townships.length && rng.chance(0.5));
      const brand = attempt >= 16 && !p.parts.includes(BRANDS) ? rng.pick(BRANDS) : '';
      const candidate = o.place + (town ? rng.pick(o.townships) : '') + brand + compose(rng, p);
      if (this.reserve(o.authority, candidate)) return candidate;
    }
    // Crowded authorities (a province's thousands): two trade names are practically always free.
    for (;;) {
      const p = patterns[rng.weighted(weights)]!;
      const candidate = o.place + rng.pick(BRANDS) + rng.pick(BRANDS) + compose(rng, p);
      if (this.reserve(o.authority, candidate)) return candidate;
    }
  }
}
