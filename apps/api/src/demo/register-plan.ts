import {
  completeUscc,
  toGbCode,
  type EvaluationGrade,
  type RegisteredOrgType,
  type TOrgFields,
} from '@shezu/contracts';
import { apportion, Rng } from './random';
import { OrgNamer } from './org-names';
import { foundingDate, orgProfile } from './org-profile';

/** A township (or the county itself) an organization may be domiciled in. */
export interface DemoPlace {
  code: string;
  name: string;
  fullName: string;
}

/** A registration authority of the demo and what the seed needs to know about it. */
export interface DemoAuthority {
  code: string;
  /** How its organizations' names begin: 云阳县, 衢州市, 衢州市柯城区. */
  place: string;
  /** Domiciles for its organizations (townships of the county; the city's central districts). */
  domiciles: DemoPlace[];
  /** County whose ID numbers its legal representatives carry. */
  personGb: string;
  areaCode: string;
  /** Supervising unit key (demo unit) per non-direct category. */
  supervisors: Record<string, string>;
  /** Abbreviation in decision numbers: 云民撤字〔2024〕3号. */
  docPrefix: string;
}

export interface OrgRemoval {
  status: 'deregistered' | 'revoked';
  date: string;
  basis: string;
  decisionRef: string;
}

export interface PlannedOrg {
  authority: string;
  uscc: string;
  fields: Omit<TOrgFields, 'supervisorUnitId'>;
  supervisorKey: string | null;
  /** Removed from the register later (kept with date and reason, not counted as registered). */
  removal: OrgRemoval | null;
}

/** One block of organizations of one authority, type and category. */
export interface OrgQuota {
  authority: string;
  type: RegisteredOrgType;
  category: string;
  count: number;
}

const TYPE_DIGIT: Record<RegisteredOrgType, string> = { social_group: '1', service_institution: '2', foundation: '3' };
const NEW_CODE_LETTERS = 'ABCDEFGHJKLMNPQRTUWXY';

/** Builds organizations block by block with one random stream, unique names and credit codes. */
export class RegisterPlanner {
  readonly rng: Rng;
  readonly orgs: PlannedOrg[] = [];
  private readonly namer = new OrgNamer();
  private serial = 0;

  constructor(
    seed: string,
    private readonly authorities: Map<string, DemoAuthority>,
  ) {
    this.rng = new Rng(seed);
  }

  /** Reserves a name so that no generated organization of the authority takes it. */
  reserve(authority: string, name: string): void {
    this.namer.reserve(authority, name);
  }

  /**
   * A credit code of the authority: before 2016 an old 8-digit organization code (5xxxxxxx), later
   * the civil-affairs series (MJ…) — both completed with their two check characters.
   */
  private uscc(type: RegisteredOrgType, authority: string, foundedOn: string): string {
    const n = ++this.serial;
    const body =
      foundedOn < '2016'
        ? `5${String(3_000_000 + n * 37).padStart(7, '0')}`
        : `MJ${NEW_CODE_LETTERS[n % NEW_CODE_LETTERS.length]}${String(n).padStart(5, '0')}`;
    return completeUscc(`5${TYPE_DIGIT[type]}${toGbCode(authority)}${body}`);
  }

  add(q: OrgQuota, opts: { name?: string; removal?: (foundedOn: string) => OrgRemoval } = {}): PlannedOrg[] {
    const a = this.authorities.get(q.authority)!;
    const out: PlannedOrg[] = [];
    for (let i = 0; i < q.count; i++) {
      const domicile = this.rng.pick(a.domiciles);
      const isCounty = q.authority.length === 6;
      const name =
        opts.name ??
        this.namer.name(this.rng, {
          authority: q.authority,
          place: a.place,
          type: q.type,
          category: q.category,
          townships: isCounty && domicile.code.length === 9 ? [domicile.name] : [],
        });
      const foundedOn = foundingDate(this.rng, opts.removal ? 2018 : undefined);
      const fields = orgProfile(this.rng, {
        name,
        type: q.type,
        category: q.category,
        regionCode: domicile.code,
        regionFullName: domicile.fullName,
        personGb: a.personGb,
        foundedOn,
        areaCode: a.areaCode,
      });
      const org: PlannedOrg = {
        authority: q.authority,
        uscc: this.uscc(q.type, q.authority, foundedOn),
        fields,
        supervisorKey: a.supervisors[q.category] ?? null,
        removal: opts.removal ? opts.removal(foundedOn) : null,
      };
      this.orgs.push(org);
      out.push(org);
    }
    return out;
  }

  /** A removal (注销 at the org's request, or 撤销登记 for two years without annual inspection) after founding. */
  removal(status: OrgRemoval['status'], authority: string, type: RegisteredOrgType, foundedOn: string): OrgRemoval {
    const a = this.authorities.get(authority)!;
    const year = this.rng.int(Math.max(2019, Number(foundedOn.slice(0, 4)) + 2), 2025);
    const date = `${year}-${String(this.rng.int(1, 12)).padStart(2, '0')}-${String(this.rng.int(1, 28)).padStart(2, '0')}`;
    const law =
      type === 'social_group'
        ? status === 'deregistered'
          ? '《社会团体登记管理条例》第十九条'
          : '《社会团体登记管理条例》第三十条'
        : status === 'deregistered'
          ? '《民办非企业单位登记管理暂行条例》第十五条'
          : '《民办非企业单位登记管理暂行条例》第二十五条';
    const ground = status === 'deregistered' ? '自行解散，清算完毕' : '连续两年未参加年度检查';
    const kind = status === 'deregistered' ? '注' : '撤';
    return {
      status,
      date,
      basis: `${ground}，依据${law}`,
      decisionRef: `${a.docPrefix}${kind}字〔${year}〕${this.rng.int(1, 30)}号`,
    };
  }

  /** Evaluation grades of `count` registered organizations drawn from `pool`, valid into 2027 and beyond. */
  grade(pool: PlannedOrg[], spec: [EvaluationGrade, number][]): PlannedOrg[] {
    const eligible = this.rng.shuffle(
      pool.filter((o) => !o.removal && !o.fields.evaluationGrade && o.fields.foundedOn < '2020'),
    );
    const graded: PlannedOrg[] = [];
    for (const [grade, count] of spec) {
      for (const o of eligible.splice(0, count)) {
        const year = this.rng.int(Math.max(2022, Number(o.fields.foundedOn.slice(0, 4)) + 2), 2025);
        o.fields.evaluationGrade = grade;
        o.fields.gradeValidUntil = `${year + 5}-12-31`;
        graded.push(o);
      }
    }
    return graded;
  }

  /** Sets a flag on `count` registered organizations of `pool`, chosen at random. */
  mark(pool: PlannedOrg[], count: number, apply: (o: PlannedOrg) => void): void {
    for (const o of this.rng.shuffle(pool.filter((x) => !x.removal)).slice(0, count)) apply(o);
  }
}

/** Quotas for `total` organizations of one type split over categories by share (exact sum). */
export function categoryQuotas(
  authority: string,
  type: RegisteredOrgType,
  total: number,
  shares: Record<string, number>,
): OrgQuota[] {
  const cats = Object.keys(shares);
  const counts = apportion(
    total,
    cats.map((c) => shares[c]!),
  );
  return cats.map((category, i) => ({ authority, type, category, count: counts[i]! }));
}
