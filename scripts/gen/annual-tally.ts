/** What the annual step wrote, for its log lines: counts per state, and where the review queues are longest. */
import type { ReportState } from './annual-rows';
import type { AnnualValues } from '../../apps/api/src/demo/annual-values';

const fmt = (n: number) => n.toLocaleString('en');
const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

export class AnnualTally {
  readonly byYear = new Map<string, number>();
  readonly states = new Map<string, number>();
  readonly risk = new Map<string, number>();
  /** In-review 2025 reports per province (2-digit) and city (4-digit) subtree of the domicile. */
  readonly inReview = new Map<string, number>();
  versions = 0;
  history = 0;
  /** Reports with a party body in their chain. */
  withParty = 0;

  add(
    year: number,
    s: ReportState,
    out: { version: unknown[] | null; history: unknown[][]; riskScore: number; conclusion: string | null },
    regionCode: string,
    steps: string[],
  ): void {
    bump(this.byYear, String(year));
    if (out.version) this.versions++;
    this.history += out.history.length;
    if (year !== 2025) return;
    bump(this.states, s.status);
    if (s.step) bump(this.states, `in_review:${s.step}`);
    if (out.conclusion) bump(this.states, `concluded:${out.conclusion}`);
    if (s.overdue) bump(this.states, 'overdue');
    if (s.late) bump(this.states, 'late');
    if (steps.includes('party')) this.withParty++;
    if (out.version) {
      const r = out.riskScore;
      bump(this.risk, r === 0 ? '0' : r < 20 ? '1–19' : r < 50 ? '20–49' : '50–100');
    }
    if (s.status === 'in_review') {
      bump(this.inReview, regionCode.slice(0, 2));
      bump(this.inReview, regionCode.slice(0, 4));
    }
  }

  /** The subtree whose in-review queue is the smallest of at least 10,000 reports, else the largest. */
  queueRegion(): { code: string; n: number } {
    const all = [...this.inReview].map(([code, n]) => ({ code, n }));
    const big = all.filter((r) => r.n >= 10_000).sort((a, b) => a.n - b.n);
    return big[0] ?? all.sort((a, b) => b.n - a.n)[0] ?? { code: '', n: 0 };
  }

  summary(cycles: number, av: AnnualValues): string[] {
    const total = [...this.byYear.values()].reduce((a, b) => a + b, 0);
    const year = (y: number) => this.byYear.get(String(y)) ?? 0;
    const q = this.queueRegion();
    return [
      `annual: ${fmt(total)} reports (2025: ${fmt(year(2025))}; 2020–2024: ${[2020, 2021, 2022, 2023, 2024].map((y) => fmt(year(y))).join(' / ')}), ${fmt(this.versions)} versions, ${fmt(this.history)} review entries, ${fmt(cycles)} cycles`,
      `annual 2025 states: ${[...this.states].map(([k, n]) => `${k} ${fmt(n)}`).join(', ')}; ${fmt(this.withParty)} with a party body in their chain`,
      `annual 2025 risk scores of submitted reports: ${[...this.risk].map(([k, n]) => `${k}: ${fmt(n)}`).join(', ')}`,
      `annual checks: ${fmt(av.computed)} computed, ${fmt(av.copied)} copied from an identical variant, ${fmt(av.verified)} copies verified in full; ${(av.checkMs / 1000).toFixed(1)} s in checkReport`,
      `annual: longest review queue of ≥ 10,000 — region ${q.code} with ${fmt(q.n)} reports in review`,
    ];
  }
}
