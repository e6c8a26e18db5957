import type { QueryClient } from '@tanstack/react-query';
import { keys } from '../inbox/model/keys';

/**
 * Catching up after the live connection was lost. The server keeps no positions today, so everything that may
 * have changed is fetched again: the lists (and unread counts), and for each conversation whose messages are
 * cached, what came after them plus its state (merged by id, so nothing shows twice). When the server learns to
 * resume from a position, this is the one module to replace.
 */
export interface ResumeStrategy {
  /** Called once the socket is connected; `resumed` is true after a reconnection. */
  connected(resumed: boolean): void;
}

export function refetchOnReconnect(
  queryClient: QueryClient,
  catchUpMessages: (conversationId: string, recent: boolean) => void,
): ResumeStrategy {
  return {
    connected(resumed) {
      if (!resumed) return;
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
