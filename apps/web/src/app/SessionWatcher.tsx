import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { TMe } from '@shezu/contracts';
import { onSessionEvent, emitSessionEvent, lastServerActivity } from '../api/session-events';
import { ME_KEY, setSessionEndReason } from './session';

const IDLE_CHECK_MS = 20_000;

/**
 * Ends the session in the browser when the API says it has ended (any 401), sends users who must change
 * their password to that page, and mirrors the server's idle timeout so an idle screen does not keep
 * showing data after the session is gone.
 */
export function SessionWatcher() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  useEffect(
    () =>
      onSessionEvent((event) => {
        const me = queryClient.getQueryData<TMe | null>(ME_KEY);
        if (event.type === 'password-required') {
          void queryClient.invalidateQueries({ queryKey: ME_KEY });
          navigate('/change-password', { replace: true });
          return;
        }
        // The auth guard sends the user to the login page; the reason lets it say why. Without a user
        // there was nothing to end and no reason to give.
        if (me) setSessionEndReason(event.code === 'SESSION_EXPIRED' ? 'expired' : 'signed-out');
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
        queryClient.setQueryData(ME_KEY, null);
      }),
    [queryClient, navigate],
  );

  useEffect(() => {
    const timer = window.setInterval(() => {
      const me = queryClient.getQueryData<TMe | null>(ME_KEY);
      if (!me) return;
      if (Date.now() - lastServerActivity() > me.idleTimeoutMinutes * 60_000) {
        emitSessionEvent({ type: 'lost', code: 'SESSION_EXPIRED' });
      }
    }, IDLE_CHECK_MS);
    return () => window.clearInterval(timer);
  }, [queryClient]);

  return null;
}
