import { useCallback, useState } from 'react';

/** Optional browser notification when a conversation is assigned to me (asked for, never assumed). */
export function useAssignedNotification(text: (conversationId: string) => { title: string; body: string }) {
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState<NotificationPermission>(supported ? Notification.permission : 'denied');
  const enable = useCallback(async () => {
    if (!supported) return;
    setPermission(await Notification.requestPermission());
  }, [supported]);
  const notify = useCallback(
    (conversationId: string) => {
      if (!supported || Notification.permission !== 'granted' || document.visibilityState === 'visible') return;
      const { title, body } = text(conversationId);
      new Notification(title, { body, tag: `assigned-${conversationId}` });
    },
    [supported, text],
  );
  return { supported, permission, enable, notify };
}
