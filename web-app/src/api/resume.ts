import type { QueryClient } from '@tanstack/react-query';
import { keys } from '../inbox/model/keys';

/**
 * Catching up with what the live connection did not carry. Usually the server resumes from the socket's last
 * position and replays what was missed (`replayed`): nothing to do. When it cannot (a position too old, the history
 * unreadable) — and at the first connection, since what the page loaded before the socket joined may have changed
 * in between — everything that may have changed is fetched again: the lists (and unread counts), and for each
 * conversation whose messages are cached, what came after them plus its state (merged by id, so nothing shows
 * twice).
 */
export interface ResumeStrategy {
  /** Called once the socket is connected (see LiveSocket's onConnected). */
  connected(reconnected: boolean, replayed: boolean): void;
}

export function refetchOnReconnect(
  queryClient: QueryClient,
  catchUpMessages: (conversationId: string, recent: boolean) => void,
): ResumeStrategy {
  return {
    connected(_reconnected, replayed) {
      if (replayed) return;
      void queryClient.invalidateQueries({ queryKey: keys.lists() });
      void queryClient.invalidateQueries({ queryKey: keys.unread() });
      for (const query of queryClient.getQueryCache().findAll({ queryKey: ['messages'] })) {
        const id = query.queryKey[1];
        if (typeof id !== 'string') continue;
        catchUpMessages(id, true);
        void queryClient.invalidateQueries({ queryKey: keys.conversation(id) });
        void queryClient.invalidateQueries({ queryKey: keys.notes(id) });
      }
    },
  };
}
