import { useEffect } from 'react';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
let lastInputAt = Date.now();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  const mark = () => {
    lastInputAt = Date.now();
  };
  for (const name of INPUT_EVENTS) window.addEventListener(name, mark, { capture: true, passive: true });
}

/** When the user last pressed, clicked, scrolled or touched anything on this page. */
export function lastUserInput(): number {
  return lastInputAt;
}

/**
 * Calls `refresh` every `intervalMs` while the page is visible and the user has done something since the
 * last call. The API counts every request as activity, so polling an untouched screen would keep its
 * session alive past the idle timeout; focus changes are left to react-query's refetch on focus.
 */
export function usePollWhileActive(refresh: () => unknown, intervalMs: number, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    listen();
    let lastPollAt = Date.now();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'hidden' || lastInputAt <= lastPollAt) return;
      lastPollAt = Date.now();
      refresh();
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [refresh, intervalMs, enabled]);
}
