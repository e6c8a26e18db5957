import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../api/types';
import { describeProblem } from '../../api/problem';
import { ConversationCard } from './ConversationCard';

export interface ConversationListProps {
  conversations: Conversation[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  isLoading: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  refetch: () => void;
}

/** The conversations, only those on screen rendered; the next page is fetched when the end comes near. */
export function ConversationList(props: ConversationListProps) {
  const { t } = useTranslation();
  const { conversations, hasNextPage, isFetchingNextPage, fetchNextPage } = props;
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: conversations.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 72,
    overscan: 8,
    getItemKey: (index) => conversations[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= conversations.length - 5) fetchNextPage();
  }, [lastIndex, conversations.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (props.isLoading) {
    return (
      <Center p="lg">
        <Loader size="sm" role="status" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (props.error) {
    const problem = describeProblem(props.error, t);
    return (
      <Alert color="red" m="sm" role="alert" title={problem.message}>
        <Button size="xs" mt="xs" onClick={props.refetch}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (conversations.length === 0) {
    return (
      <Text p="lg" c="dimmed" ta="center" size="sm">
        {t('list.empty')}
      </Text>
    );
  }
  return (
    <div ref={parent} style={{ height: '100%', overflowY: 'auto' }} data-testid="conversation-list">
      <div role="list" aria-label={t('list.conversations')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const conversation = conversations[item.index]!;
          return (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={hasNextPage ? -1 : conversations.length}
              aria-posinset={item.index + 1}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
            >
              <ConversationCard
                conversation={conversation}
                selected={conversation.id === props.selectedId}
                onOpen={props.onOpen}
              />
            </div>
          );
        })}
      </div>
      {isFetchingNextPage && (
        <Center p="xs">
          <Loader size="xs" role="status" aria-label={t('common.loading')} />
        </Center>
      )}
    </div>
  );
}
