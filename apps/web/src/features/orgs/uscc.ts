import {
  USCC_CHARSET,
  USCC_CIVIL_CATEGORIES,
  orgCodeCheck,
  usccCheck,
  validateUscc,
  type RegisteredOrgType,
  type UsccIssue,
} from '@shezu/contracts';
import type { MessageKey, TFunction, Vars } from '../../lib/i18n';

/** Position 2 of a civil-affairs code for each registered type (GB 32100: 1 社团, 2 民非, 3 基金会). */
export const TYPE_DIGIT = Object.fromEntries(
  Object.entries(USCC_CIVIL_CATEGORIES).map(([digit, type]) => [type, digit]),
) as Record<RegisteredOrgType, string>;

export interface UsccProblem {
  position: number;
  key: MessageKey;
  vars: Vars;
}

export interface UsccFeedback {
  code: string;
  /** All 18 characters typed and every check passed. */
  valid: boolean;
  /** Problems in position order; while typing, only those of the positions typed so far. */
  problems: UsccProblem[];
  /** Positions 1, 2, 3–8, 9–17 as far as typed. */
  parts: { department: string; category: string; regionCode: string; orgCode: string };
}

export interface UsccContext {
  /** The type chosen on the form: position 2 must match it. */
  orgType?: RegisteredOrgType | null;
  /** The registering bureau's 6-digit region: positions 3–8 must equal it. */
  authorityGb?: string | null;
}

/** The form's reading of a validator issue: a catalogue message with what was expected and found. */
function problemOf(
  issue: Pick<UsccIssue, 'kind' | 'position' | 'message'>,
  code: string,
  ctx: UsccContext,
): UsccProblem {
  const at = (p: number) => code[p - 1] ?? '';
  const p = (key: MessageKey, vars: Vars = {}): UsccProblem => ({ position: issue.position, key, vars });
  switch (issue.kind) {
    case 'length':
      return p('uscc.length', { length: code.length });
    case 'charset':
      return p('IOZSV'.includes(at(issue.position)) ? 'uscc.charsetExcluded' : 'uscc.charset', {
        position: issue.position,
        char: at(issue.position),
      });
    case 'department':
      return p('uscc.department', { actual: at(1) });
    case 'category':
      if (!(at(2) in USCC_CIVIL_CATEGORIES) || !ctx.orgType) return p('uscc.categoryUnknown', { actual: at(2) });
      return p('uscc.categoryType', { expected: TYPE_DIGIT[ctx.orgType], type: ctx.orgType, actual: at(2) });
    case 'region': {
      const region = code.slice(2, 8);
      if (!/^\d{6}$/.test(region)) return p('uscc.regionDigits');
      if (ctx.authorityGb && region !== ctx.authorityGb)
        return p('uscc.region', { expected: ctx.authorityGb, actual: region });
      return p('uscc.other', { position: issue.position, message: issue.message });
    }
    case 'check17': {
      const expected = orgCodeCheck(code.slice(8, 16));
      return expected === null ? p('uscc.check17Chars') : p('uscc.check17', { expected, actual: at(17) });
    }
    case 'check18':
      return p('uscc.check18', { expected: usccCheck(code.slice(0, 17)) ?? '?', actual: at(18) });
  }
}

/** Checks of the positions typed so far, so a wrong character shows while the rest is still to come. */
function partialIssues(code: string, ctx: UsccContext): Pick<UsccIssue, 'kind' | 'position' | 'message'>[] {
  const issues: Pick<UsccIssue, 'kind' | 'position' | 'message'>[] = [];
  [...code].forEach((c, i) => {
    if (!USCC_CHARSET.includes(c)) issues.push({ kind: 'charset', position: i + 1, message: '' });
  });
  if (issues.length) return issues;
  if (code.length >= 1 && code[0] !== '5') issues.push({ kind: 'department', position: 1, message: '' });
  if (code.length >= 2 && code[0] === '5') {
    const known = code[1]! in USCC_CIVIL_CATEGORIES;
    if (!known || (ctx.orgType && code[1] !== TYPE_DIGIT[ctx.orgType]))
      issues.push({ kind: 'category', position: 2, message: '' });
  }
  if (code.length >= 8) {
    const region = code.slice(2, 8);
    if (!/^\d{6}$/.test(region) || (ctx.authorityGb && region !== ctx.authorityGb))
      issues.push({ kind: 'region', position: 3, message: '' });
  }
  return issues;
}

/**
 * Live feedback on a credit code as it is typed, by the one validator of @shezu/contracts (GB 32100 /
 * GB 11714): problems named by position, position 2 against the chosen type, 3–8 against the bureau.
 * Null for an empty field.
 */
export function usccFeedback(input: string | null | undefined, ctx: UsccContext = {}): UsccFeedback | null {
  const code = (input ?? '').trim().toUpperCase();
  if (code === '') return null;
  const parts = {
    department: code.slice(0, 1),
    category: code.slice(1, 2),
    regionCode: code.slice(2, 8),
    orgCode: code.slice(8, 17),
  };
  if (code.length < 18) {
    const problems = partialIssues(code, ctx).map((i) => problemOf(i, code, ctx));
    return { code, valid: false, problems, parts };
  }
  const r = validateUscc(code, {
    orgType: ctx.orgType ?? undefined,
    authorityGbCode: ctx.authorityGb ?? undefined,
  });
  const problems = r.errors.map((i) => problemOf(i, code, ctx)).sort((a, b) => a.position - b.position);
  return { code, valid: r.valid, problems, parts };
}

/** A problem in the current language; the type name of `uscc.categoryType` is translated here. */
export function problemText(t: TFunction, problem: UsccProblem): string {
  const { type, ...vars } = problem.vars;
  return t(problem.key, type ? { ...vars, typeName: t(`orgType.${type as RegisteredOrgType}`) } : vars);
}
