import type { UsccCheck } from '../api';

export type MarkState = 'ok' | 'error' | 'warning';

export interface CharMark {
  position: number;
  char: string;
  state: MarkState;
}

/** The code as the API reads it: capitals, no spaces. */
export const normalizeCode = (input: string) => input.replace(/\s+/g, '').toUpperCase();

/**
 * The characters an issue points at. The validator names the region by its first position (3 stands for
 * positions 3–8); position 0 is the code as a whole (its length).
 */
export function issueSpan(position: number): number[] {
  if (position <= 0) return [];
  if (position === 3) return [3, 4, 5, 6, 7, 8];
  return [position];
}

/** Each character with whether an error or a warning points at it; errors win over warnings. */
export function charMarks(code: string, result: Pick<UsccCheck, 'errors' | 'warnings'>): CharMark[] {
  const errors = new Set(result.errors.flatMap((e) => issueSpan(e.position)));
  const warnings = new Set(result.warnings.flatMap((w) => issueSpan(w.position)));
  return [...code].map((char, i) => {
    const position = i + 1;
    const state: MarkState = errors.has(position) ? 'error' : warnings.has(position) ? 'warning' : 'ok';
    return { position, char, state };
  });
}

/** Whether the API's (Chinese) message already names where it is: 第18位… / 第3–8位…; then it needs no prefix. */
export function namesItsPosition(message: string, position: number): boolean {
  return position > 0 && new RegExp(`^第${position}(–\\d+)?位`).test(message);
}
