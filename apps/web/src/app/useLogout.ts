import { useCallback } from 'react';
import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useT } from '../lib/i18n';
import { ME_KEY, setSessionEndReason } from './session';

/** Ends the session on the server, then forgets every cached record in the browser. */
export function useLogout() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const t = useT();
  return useCallback(async () => {
    try {
      await unwrap(api.POST('/api/auth/logout'));
    } catch {
      // The session may already be gone; the browser side is cleared either way.
    }
    // The auth guard takes the user to the login page once the user is gone.
    setSessionEndReason('logged-out');
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    queryClient.setQueryData(ME_KEY, null);
    message.success(t('header.loggedOut'));
  }, [queryClient, message, t]);
}
