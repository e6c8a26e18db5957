import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Conversation } from '../../api/types';
import { act, assign, setLabels, takeOver, type ConversationAction } from '../api';
import type { ConversationPage } from '../api';
import { keys } from '../model/keys';

export type ActionRequest =
  | { action: ConversationAction }
  | { action: 'assign'; assigneeId: string }
  | { action: 'takeover'; reason?: string }
  | { action: 'labels'; labels: string[] };

/** Assign, unassign, resolve, reopen, take over, hand back, labels, read: the answer updates the cache at once. */
export function useConversationActions(conversationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: ActionRequest): Promise<Conversation> => {
      switch (request.action) {
        case 'assign':
          return assign(conversationId, request.assigneeId);
        case 'takeover':
          return takeOver(conversationId, request.reason);
        case 'labels':
          return setLabels(conversationId, request.labels);
        default:
          return act(conversationId, request.action);
      }
    },
    onSuccess: (conversation, request) => {
      client.setQueryData(keys.conversation(conversationId), conversation);
      client.setQueriesData<InfiniteData<ConversationPage>>({ queryKey: keys.lists() }, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((p) => ({
                ...p,
                items: p.items.map((c) => (c.id === conversationId ? conversation : c)),
              })),
            }
          : data,
      );
      if (request.action !== 'read') void client.invalidateQueries({ queryKey: keys.lists() });
      void client.invalidateQueries({ queryKey: keys.unread() });
    },
  });
}
