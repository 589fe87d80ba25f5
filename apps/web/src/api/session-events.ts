/**
 * The API client tells the app about session-level answers (401, forced password change) through this
 * small bus, so that every call, wherever it is made, ends the session the same way.
 */
export type SessionEvent =
  { type: 'lost'; code: 'UNAUTHENTICATED' | 'SESSION_EXPIRED' } | { type: 'password-required' };

type Listener = (event: SessionEvent) => void;
const listeners = new Set<Listener>();
let lastResponseAt = Date.now();

export function onSessionEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitSessionEvent(event: SessionEvent): void {
  for (const l of [...listeners]) l(event);
}

/** The server's idle timeout counts from the last request it answered; the client mirrors that. */
export function markServerActivity(at = Date.now()): void {
  lastResponseAt = at;
}

export function lastServerActivity(): number {
  return lastResponseAt;
}
