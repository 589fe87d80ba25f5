/**
 * What happened to one organization's credit, drawn with the rules of 民政部令第60号 as the credit module
 * applies them: its annual reports' records (and the abnormal listing of an overdue one), a few earlier
 * overdue years (removed on application or moved to the dishonest list after 2 full years), unreachable
 * organizations with their two registered letters, penalties (warnings and small fines → abnormal, removed
 * after 6 months, a second within 3 years → dishonest; large fines → dishonest) and revoked registrations.
 * The data is as yesterday's daily job left it: what falls due today is left for the bench's run.
 */
import {
  addChinaDays as addDays,
  addChinaYears,
  LARGE_FINE_FEN,
  listingDates,
  penaltyGrounds,
  type InspectionConclusion,
  type PenaltyKind,
} from '@shezu/contracts';
import type { Rng } from '../../apps/api/src/demo/random';
import { defaultDeadlines, finalDue } from '../../apps/api/src/modules/annual-inspections/cycle-rules';
import type { RegisteredOrgType } from '@shezu/contracts';
import { dayBetween } from './credit-dates';
import type { CreditOrg, CreditRows, GroundDraft, ListingDraft } from './credit-rows';

export interface AnnualFacts {
  reportId: number;
  year: number;
  status: string;
  overdue: boolean;
  submittedOn: string | null;
  conclusion: InspectionConclusion | null;
  concludedOn: string | null;
}

export interface OrgFacts {
  status: string;
  statusDate: string | null;
  foundedOn: string;
  /** The 2025 report, when the organization had to file one. */
  report: AnnualFacts | null;
  /** Has concluded reports for 2020–2024 (no earlier overdue year can be drawn for it). */
  history: boolean;
}

/** Shares of registered organizations (the rest of the list data follows from the annual reports). */
export const SHARES = { pastOverdue: 0.02, unreachable: 0.001, signedLetter: 0.0005, penalty: 0.03 } as const;
const CONCLUSION_LABEL: Record<InspectionConclusion, string> = { pass: '合格', basic_pass: '基本合格', fail: '不合格' };
const OTHER_DEPARTMENTS = ['市场监督管理局', '公安局', '税务局'];

const place = (o: CreditOrg) => o.authorityName.replace(/民政(局|厅)$/, '');
const yuan = (fen: number) => (fen / 100).toLocaleString('en');

/** Records of one year's report: submitted, concluded, overdue (the last also returned for its listing). */
export function annualRecords(rows: CreditRows, o: CreditOrg, r: AnnualFacts, type: string): GroundDraft | null {
  const ref = (event: string) => `event:${event}:${r.year}`;
  if (r.submittedOn)
    rows.record(
      o,
      'annual_submitted',
      r.submittedOn,
      `提交${r.year}年度工作报告`,
      { reportId: r.reportId, year: r.year },
      { public: false, sourceRef: ref('annual_report_submitted') },
    );
  if (r.conclusion && r.concludedOn)
    rows.record(
      o,
      'annual_concluded',
      r.concludedOn,
      `${r.year}年度检查结论：${CONCLUSION_LABEL[r.conclusion]}`,
      { reportId: r.reportId, year: r.year, conclusion: r.conclusion, concludedOn: r.concludedOn },
      { public: true, sourceRef: ref('annual_inspection_concluded') },
    );
  if (!r.overdue) return null;
  return overdueGround(rows, o, r.year, type);
}

function overdueGround(rows: CreditRows, o: CreditOrg, year: number, type: string): GroundDraft {
  const deadline = finalDue(type as RegisteredOrgType, defaultDeadlines(year));
  const on = addDays(deadline, 1);
  const recordId = rows.record(
    o,
    'annual_overdue',
    on,
    `${year}年度工作报告逾期未报`,
    { year, deadline },
    { public: true, sourceRef: `event:annual_report_overdue:${year}` },
  );
  return {
    ground: 'annual_report',
    occurredOn: on,
    detail: `未按照规定时限报送${year}年度工作报告（截止日期 ${deadline}）`,
    recordId,
  };
}

/**
 * An abnormal listing on grounds left to the organization to fix: removed on its application, moved to the
 * dishonest list once 2 full years pass, or still active.
 */
function fixableListing(
  rng: Rng,
  rows: CreditRows,
  o: CreditOrg,
  ground: GroundDraft,
  today: string,
  opts: { manual: boolean; moveShare: number },
): void {
  const listedOn = ground.occurredOn;
  const moveOn = listingDates('abnormal', listedOn, listedOn, [ground.ground]).moveOn!;
  const base: ListingDraft = { list: 'abnormal', listedOn, grounds: [ground], manual: opts.manual };
  const fulfilled = addDays(listedOn, rng.int(20, 400));
  const removedOn = addDays(fulfilled, rng.int(1, 7));
  const canMove = moveOn < today;
  if ((!canMove || !rng.chance(opts.moveShare)) && removedOn < today && removedOn < moveOn && rng.chance(0.6)) {
    rows.listing(o, {
      ...base,
      grounds: [{ ...ground, fulfilledOn: fulfilled }],
      removal: { on: removedOn, reason: 'application', byStaff: true },
    });
    return;
  }
  if (!canMove) {
    rows.listing(o, base);
    return;
  }
  const from = rows.listing(o, { ...base, removal: { on: moveOn, reason: 'moved', byStaff: false } });
  rows.listing(o, {
    list: 'dishonest',
    listedOn: moveOn,
    grounds: [
      {
        ground: 'abnormal_two_years',
        occurredOn: moveOn,
        detail: `自${listedOn}起列入活动异常名录满2年`,
        recordId: null,
      },
    ],
    fromListingId: from,
  });
}

/** Two registered letters to the registered address, unsigned, 20–60 days apart; then the listing. */
function unreachable(rng: Rng, rows: CreditRows, o: CreditOrg, today: string): boolean {
  const first = dayBetween(rng, '2021-06-01', addDays(today, -120));
  const second = addDays(first, rng.int(20, 60));
  let recordId = 0;
  for (const [k, sentOn] of [first, second].entries()) {
    const trackingNo = `XA${String(o.id).padStart(8, '0')}${k + 1}CN`;
    recordId = rows.record(
      o,
      'registered_letter',
      sentOn,
      '登记住所专用信函（未签收）',
      { sentOn, trackingNo, signed: false, note: '查无此单位，原件退回' },
      { public: false, sourceRef: `manual:letter:${trackingNo}`, byStaff: true },
    );
  }
  const listedOn = addDays(second, rng.int(5, 30));
  const ground: GroundDraft = {
    ground: 'unreachable',
    occurredOn: listedOn,
    detail: `${first}、${second}两次向登记住所寄送专用信函均未签收，无法取得联系`,
    recordId,
  };
  fixableListing(rng, rows, o, ground, today, { manual: true, moveShare: 0.65 });
  return true;
}

interface Penalty {
  on: string;
  kinds: PenaltyKind[];
  fineFen: number | null;
  recordId: number;
  detail: string;
}

function penalty(rng: Rng, rows: CreditRows, o: CreditOrg, on: string, large: boolean, n: number): Penalty {
  const year = on.slice(0, 4);
  const other = o.authorityName !== '民政部' && rng.chance(0.3) ? rng.pick(OTHER_DEPARTMENTS) : null;
  const decidedBy = other ? `${place(o)}${other}` : null;
  const decisionNumber = `${place(o).slice(0, 1)}${other ? '市监' : '民'}罚字〔${year}〕${(o.id % 900) + n}号`;
  const fineFen = large
    ? rng.int(50, 300) * 100_000
    : rng.chance(0.55)
      ? null
      : Math.min(LARGE_FINE_FEN - 10_000, rng.int(10, 499) * 10_000);
  const kinds: PenaltyKind[] = fineFen === null ? ['warning'] : ['fine'];
  const what = fineFen === null ? '警告' : `罚款${yuan(fineFen)}元`;
  const recordId = rows.record(
    o,
    'penalty',
    on,
    `行政处罚：${what}`,
    { decisionNumber, kinds, fineFen, confiscatedFen: null, decidedOn: on, decidedBy },
    { public: true, sourceRef: `event:penalty_decided:${decisionNumber}` },
  );
  const detail = `受到${what}处罚（${decisionNumber}${decidedBy ? `，${decidedBy}` : ''}）`;
  return { on, kinds, fineFen, recordId, detail };
}

/**
 * Penalties in date order, each turned into its grounds by the list rules (penaltyGrounds): a minor one joins
 * an open abnormal listing (restarting its 6 months) or opens one; a second within 3 years also lists as
 * dishonest; a large fine lists as dishonest (a few repaired after 2 full years).
 */
function penaltyListings(rng: Rng, rows: CreditRows, o: CreditOrg, ps: Penalty[], today: string): void {
  let open = null as ListingDraft | null;
  const autoOf = (l: ListingDraft) =>
    listingDates(
      'abnormal',
      l.listedOn,
      l.clockStart ?? l.listedOn,
      l.grounds.map((g) => g.ground),
    ).autoRemoveOn!;
  const close = (l: ListingDraft) => {
    const auto = autoOf(l);
    rows.listing(o, { ...l, removal: auto < today ? { on: auto, reason: 'auto_six_months', byStaff: false } : null });
  };
  const minorDates: string[] = [];
  for (const p of ps) {
    const hits = penaltyGrounds({ kinds: p.kinds, fineFen: p.fineFen, decidedOn: p.on }, minorDates);
    for (const hit of hits) {
      const ground: GroundDraft = { ground: hit.ground, occurredOn: p.on, detail: p.detail, recordId: p.recordId };
      if (hit.ground === 'minor_penalty') {
        if (open && p.on < autoOf(open)) {
          open = { ...open, grounds: [...open.grounds, ground], clockStart: p.on };
        } else {
          if (open) close(open);
          open = { list: 'abnormal', listedOn: p.on, grounds: [ground] };
        }
        continue;
      }
      const repeated = hit.ground === 'repeated_penalties';
      const repairedOn = addDays(addChinaYears(p.on, 2), rng.int(10, 90));
      rows.listing(o, {
        list: 'dishonest',
        listedOn: p.on,
        grounds: [
          { ...ground, detail: repeated ? `三年内第二次受到警告或者不满5万元罚款处罚：${p.detail}` : p.detail },
        ],
        removal:
          !repeated && repairedOn < today && rng.chance(0.4)
            ? { on: repairedOn, reason: 'credit_repair', byStaff: true }
            : null,
      });
    }
    if (hits.some((h) => h.ground === 'minor_penalty')) minorDates.push(p.on);
  }
  if (open) close(open);
}

/** Everything of one organization; true when it has a listing. */
export function drawOrgCredit(rng: Rng, rows: CreditRows, o: CreditOrg, f: OrgFacts, today: string): boolean {
  if (f.status === 'revoked' || f.status === 'withdrawn') {
    if (!f.statusDate || f.statusDate < '2018-02-01' || f.statusDate >= today) return false;
    const revoked = f.status === 'revoked';
    const recordId = rows.record(
      o,
      revoked ? 'revoked' : 'withdrawn',
      f.statusDate,
      revoked ? '撤销成立登记' : '吊销登记证书',
      { decidedOn: f.statusDate },
      { public: true, sourceRef: `event:org_${revoked ? 'revoked' : 'certificate_withdrawn'}:${f.statusDate}` },
    );
    rows.listing(o, {
      list: 'dishonest',
      listedOn: f.statusDate,
      grounds: [
        {
          ground: 'revoked',
          occurredOn: f.statusDate,
          detail: revoked ? '被撤销成立登记' : '被吊销登记证书',
          recordId,
        },
      ],
    });
    return true;
  }
  if (f.status !== 'registered') return false;
  let listed = false;
  const overdue = f.report ? annualRecords(rows, o, f.report, o.type) : null;
  if (overdue) {
    rows.listing(o, {
      list: 'abnormal',
      listedOn: overdue.occurredOn,
      grounds: [overdue],
    });
    listed = true;
  }
  const founded = Number(f.foundedOn.slice(0, 4));
  if (!overdue && !f.history && founded <= 2021 && rng.chance(SHARES.pastOverdue)) {
    const year = rng.pick([2022, 2023, 2024]);
    fixableListing(rng, rows, o, overdueGround(rows, o, year, o.type), today, { manual: false, moveShare: 0.5 });
    return true;
  }
  if (listed) return true;
  if (rng.chance(SHARES.unreachable)) return unreachable(rng, rows, o, today);
  if (rng.chance(SHARES.signedLetter)) {
    const sentOn = dayBetween(rng, '2024-01-01', addDays(today, -1));
    const trackingNo = `XA${String(o.id).padStart(8, '0')}1CN`;
    rows.record(
      o,
      'registered_letter',
      sentOn,
      '登记住所专用信函（已签收）',
      { sentOn, trackingNo, signed: true, note: null },
      { public: false, sourceRef: `manual:letter:${trackingNo}`, byStaff: true },
    );
  }
  if (!rng.chance(SHARES.penalty)) return false;
  const first = dayBetween(rng, '2023-01-01', addDays(today, -1));
  const ps = [penalty(rng, rows, o, first, rng.chance(0.08), 1)];
  const again = addDays(first, rng.int(60, 500));
  const large = (ps[0]!.fineFen ?? 0) >= LARGE_FINE_FEN;
  if (!large && again < today && rng.chance(0.12)) ps.push(penalty(rng, rows, o, again, false, 2));
  penaltyListings(rng, rows, o, ps, today);
  return true;
}
