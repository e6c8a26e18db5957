import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Conversation } from '../../api/types';
import { listConversations } from '../api';
import { keys, type ListFilters } from '../model/keys';

/** The inbox list for the chosen filters, page by page (the API's cursor), newest activity first, each once. */
export function useConversationList(filters: ListFilters) {
  const query = useInfiniteQuery({
    queryKey: keys.list(filters),
    queryFn: ({ pageParam }) => listConversations(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  });
  const conversations = useMemo(() => uniqueSorted(query.data?.pages.flatMap((p) => p.items) ?? []), [query.data]);
  return { ...query, conversations };
}

/** Pages fetched at different moments may hold one conversation twice; the newest activity first. */
export function uniqueSorted(items: Conversation[]): Conversation[] {
  const seen = new Map<string, Conversation>();
  for (const c of items) {
    const known = seen.get(c.id);
    if (!known || (c.lastMessageAt ?? '') > (known.lastMessageAt ?? '')) seen.set(c.id, c);
  }
  return [...seen.values()].sort((a, b) => (b.lastMessageAt ?? '').localeCompare(a.lastMessageAt ?? ''));
}
