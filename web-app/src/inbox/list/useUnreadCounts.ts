import { useQuery } from '@tanstack/react-query';
import { listConversations } from '../api';
import { keys, type ListFilters } from '../model/keys';

export type UnreadCounts = Record<ListFilters['tab'], { count: number; more: boolean }>;

const LIMIT = 200;

/**
 * Conversations with unread messages per tab (open ones). The API has no count endpoint, so this counts the
 * first 200 open conversations of each tab ("200+" beyond).
 */
export function useUnreadCounts() {
  return useQuery({
    queryKey: keys.unread(),
    queryFn: async (): Promise<UnreadCounts> => {
      const tabs: ListFilters['tab'][] = ['mine', 'unassigned', 'all'];
      const pages = await Promise.all(
        tabs.map((tab) => listConversations({ tab, status: 'OPEN', connectionId: null, label: null, q: '' }, null, LIMIT)),
      );
      const result = {} as UnreadCounts;
      tabs.forEach((tab, i) => {
        const page = pages[i]!;
        result[tab] = { count: page.items.filter((c) => c.unreadCount > 0).length, more: page.next !== null };
      });
      return result;
    },
    staleTime: 60_000,
  });
}
