import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** A value of the address only if it is one of the allowed values (a hand-edited `?status=bogus` is ignored). */
export const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  v && (values as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * A list page's filters live in the address, so a filtered list can be shared and survives a reload.
 * set(key, value) replaces one (no new history entry); an empty value removes it.
 */
export function useUrlParams(): readonly [URLSearchParams, (key: string, value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (key: string, value: string | undefined) => {
      const next = new URLSearchParams(params);
      if (value) next.set(key, value);
      else next.delete(key);
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  return [params, set] as const;
}
