import dayjs, { type Dayjs } from 'dayjs';
import {
  DEFAULT_APPROVAL_KINDS,
  ZActivityInput,
  type ActivityKind,
  type TActivityDetail,
  type TActivityInput,
} from '@shezu/contracts';
import { fenToYuanText, yuanToFen } from '../../lib/money';

/** What the form holds: dates as dayjs, the budget as 元 text (typed on a phone), partners as rows. */
export interface ActivityFormValues {
  title?: string;
  kind?: ActivityKind;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  place?: string;
  expectedParticipants?: number | null;
  budgetYuan?: string | null;
  partners?: { name?: string; role?: string }[];
  description?: string;
}

export const BUDGET_PATTERN = /^\d+(\.\d{1,2})?$/;

/** The form's values as the API's input: dates as YYYY-MM-DD, the budget in integer fen. */
export function toInput(v: ActivityFormValues): TActivityInput {
  const budget = v.budgetYuan?.trim() ?? '';
  return {
    title: (v.title ?? '').trim(),
    kind: v.kind as ActivityKind,
    startsOn: v.startsOn?.format('YYYY-MM-DD') ?? '',
    endsOn: v.endsOn?.format('YYYY-MM-DD') ?? '',
    place: (v.place ?? '').trim(),
    expectedParticipants: v.expectedParticipants ?? Number.NaN,
    // Empty or malformed stays NaN so the contract's own message (请填写预算) is shown.
    budgetFen: BUDGET_PATTERN.test(budget) ? yuanToFen(budget) : Number.NaN,
    partners: (v.partners ?? [])
      .filter((p) => p.name?.trim())
      .map((p) => ({ name: (p.name ?? '').trim(), role: (p.role ?? '').trim() })),
    description: (v.description ?? '').trim(),
  };
}

/** A saved activity as form values (the budget back to exact 元 text). */
export function fromDetail(a: TActivityDetail): ActivityFormValues {
  return {
    title: a.title,
    kind: a.kind,
    startsOn: dayjs(a.startsOn),
    endsOn: dayjs(a.endsOn),
    place: a.place,
    expectedParticipants: a.expectedParticipants,
    budgetYuan: fenToYuanText(a.budgetFen),
    partners: a.partners.map((p) => ({ ...p })),
    description: a.description,
  };
}

/** The contract's messages for the input, by form field (partners' rows by their index). */
export function validate(input: TActivityInput): Record<string, string> {
  const r = ZActivityInput.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const head = String(issue.path[0] ?? '');
    const field = head === 'budgetFen' ? 'budgetYuan' : issue.path.join('.');
    out[field] ??= issue.message;
  }
  // An empty date fails the date format; say what is missing instead.
  if (!input.startsOn) out.startsOn = '请选择开始日期';
  if (!input.endsOn) out.endsOn = '请选择结束日期';
  return out;
}

export interface ApprovalHint {
  days: number;
  /** The last day to request approval; null until a start date is chosen. */
  dueOn: string | null;
  /** Already past the due day (a request is still accepted, marked late). */
  late: boolean;
}

/** Whether the kind needs approval under the bureau's settings (or the defaults), and by which day. */
export function approvalHint(
  kind: ActivityKind | undefined,
  startsOn: string | null,
  today: string,
  approvalKinds: Partial<Record<ActivityKind, number>> = DEFAULT_APPROVAL_KINDS,
): ApprovalHint | null {
  if (!kind) return null;
  const days = approvalKinds[kind];
  if (days === undefined) return null;
  // The same rule as the API's: the request is due the kind's calendar days before the start.
  const dueOn = startsOn ? dayjs(startsOn).subtract(days, 'day').format('YYYY-MM-DD') : null;
  return { days, dueOn, late: dueOn !== null && today > dueOn };
}
