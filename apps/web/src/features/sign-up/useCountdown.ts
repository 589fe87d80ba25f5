import { useEffect, useState } from 'react';

/** Seconds left until a new code may be asked for; `start(n)` begins a new wait. */
export function useCountdown(): [number, (seconds: number) => void] {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  useEffect(() => {
    if (left <= 0) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [left]);
  return [
    left,
    (seconds: number) => {
      const at = Date.now();
      setNow(at);
      setUntil(at + seconds * 1000);
    },
  ];
}

/**
 * The wait the API names in a rate-limit answer (“请30秒后再重新获取”): the error shape carries no
 * Retry-After, so the button's countdown reads it from the message; null when none is named.
 */
export function waitSecondsIn(message: string): number | null {
  const m = /(\d+)\s*秒/.exec(message);
  return m ? Number(m[1]) : null;
}
