import type { QueryClient } from '@tanstack/react-query';
import { keys } from '../inbox/model/keys';
import { mergeMessages, type MessageWindow } from '../inbox/model/messages';
import type { Message } from './types';

export interface CatchUpFetchers {
  latest: (id: string) => Promise<MessageWindow>;
  newer: (id: string, window: MessageWindow) => Promise<MessageWindow>;
}

/**
 * Brings a cached conversation's messages up to date, one run per conversation at a time (a request made
 * while one runs is coalesced into one more run). `recent` also fetches the newest page again, so statuses and
 * media states of recent messages that changed while disconnected are seen.
 */
export function createCatchUp(queryClient: QueryClient, fetchers: CatchUpFetchers) {
  const running = new Map<string, Promise<void>>();
  const again = new Map<string, boolean>();

  async function run(id: string, recent: boolean): Promise<void> {
    const window = queryClient.getQueryData<MessageWindow>(keys.messages(id));
    if (!window) return;
    let next = await fetchers.newer(id, window);
    if (recent) {
      const latest = await fetchers.latest(id);
      next = { ...next, messages: mergeMessages(next.messages, latest.messages) };
    }
    // merge with what arrived meanwhile (socket patches), never dropping a message
    const current = queryClient.getQueryData<MessageWindow>(keys.messages(id)) ?? window;
    const merged: Message[] = mergeMessages(current.messages, next.messages);
    queryClient.setQueryData<MessageWindow>(keys.messages(id), {
      messages: merged,
      beforeCursor: current.beforeCursor,
      afterCursor: next.afterCursor ?? current.afterCursor,
    });
  }

  return function catchUp(id: string, recent = false): Promise<void> {
    const active = running.get(id);
    if (active) {
      again.set(id, (again.get(id) ?? false) || recent);
      return active;
    }
    const task = run(id, recent)
      .catch(() => {
        // the next event or reconnection tries again; a failed catch-up must not break the live updates
      })
      .finally(() => {
        running.delete(id);
        if (again.has(id)) {
          const more = again.get(id) ?? false;
          again.delete(id);
          void catchUp(id, more);
        }
      });
    running.set(id, task);
    return task;
  };
}
