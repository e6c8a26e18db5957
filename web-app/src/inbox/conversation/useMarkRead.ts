import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { keys } from '../model/keys';
import type { MessageWindow } from '../model/messages';

/**
 * Marks the open conversation read while it is on screen: when it has unread messages, when a customer
 * message arrives while it is open, and when the browser tab becomes visible again.
 */
export function useMarkRead(conversationId: string, unreadCount: number, markRead: () => void): void {
  const lastInbound =
    useQuery({
      queryKey: keys.messages(conversationId),
      enabled: false,
      select: (w: MessageWindow) => w.messages.filter((m) => m.direction === 'INBOUND').at(-1)?.id ?? null,
    }).data ?? null;
  const seenInbound = useRef<string | null>(null);
  const latest = useRef(markRead);
  latest.current = markRead;

  useEffect(() => {
    const arrivedWhileOpen = seenInbound.current !== null && lastInbound !== seenInbound.current;
    if (lastInbound !== null) seenInbound.current = lastInbound;
    if ((unreadCount > 0 || arrivedWhileOpen) && document.visibilityState === 'visible') latest.current();
  }, [conversationId, unreadCount, lastInbound]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible' && unreadCount > 0) latest.current();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [unreadCount]);
}
