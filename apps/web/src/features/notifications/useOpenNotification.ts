import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { markRead, notificationKeys, type Notification } from './api';

/** Marks a notification read (quietly: the link matters more) and opens its page inside the app. */
export function useOpenNotification() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useCallback(
    async (n: Notification) => {
      if (!n.read) {
        try {
          await markRead(n.id);
        } catch {
          /* opening the page still helps; the badge corrects itself on the next refresh */
        }
        void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      }
      if (n.link?.startsWith('/') && !n.link.startsWith('//')) navigate(n.link);
    },
    [navigate, queryClient],
  );
}
