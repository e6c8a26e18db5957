import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { loadLatest, loadOlder } from '../api';
import { keys } from '../model/keys';
import { mergeMessages, type MessageWindow } from '../model/messages';

/** A conversation's messages: the newest page first, older pages on demand, live events merged in. */
export function useMessages(conversationId: string) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: keys.messages(conversationId),
    queryFn: () => loadLatest(conversationId),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 5 * 60_000,
  });
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);

  const fetchOlder = useCallback(async () => {
    const window = client.getQueryData<MessageWindow>(keys.messages(conversationId));
    if (!window?.beforeCursor || loadingOlder) return;
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const older = await loadOlder(conversationId, window);
      const current = client.getQueryData<MessageWindow>(keys.messages(conversationId)) ?? window;
      client.setQueryData<MessageWindow>(keys.messages(conversationId), {
        messages: mergeMessages(older.messages, current.messages),
        beforeCursor: older.beforeCursor,
        afterCursor: current.afterCursor,
      });
    } catch (error) {
      setOlderError(error);
    } finally {
      setLoadingOlder(false);
    }
  }, [client, conversationId, loadingOlder]);

  return { ...query, fetchOlder, loadingOlder, olderError, hasOlder: Boolean(query.data?.beforeCursor) };
}
