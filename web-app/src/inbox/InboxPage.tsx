import { useMediaQuery, useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useLiveNotification } from '../app/LiveConnection';
import { listConnections } from './api';
import type { ComposerHandle } from './composer/Composer';
import { ConversationPane } from './conversation/ConversationPane';
import { useConversationActions } from './conversation/useConversationActions';
import { ConversationList } from './list/ConversationList';
import { ListFilters } from './list/ListFilters';
import { ListHeader } from './list/ListHeader';
import { useConversationList } from './list/useConversationList';
import { useUnreadCounts } from './list/useUnreadCounts';
import { keys } from './model/keys';
import { ShortcutsHelp } from './shortcuts/ShortcutsHelp';
import { useShortcuts } from './shortcuts/useShortcuts';
import { useDocumentTitle } from './useDocumentTitle';
import { useInboxFilters } from './useInboxFilters';
import { EmptyPane } from './EmptyPane';

/** The agent inbox: the list and the open conversation side by side, or one at a time on a phone. */
export default function InboxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { conversationId = null } = useParams();
  const wide = useMediaQuery('(min-width: 62em)', undefined, { getInitialValueInEffect: false });
  const [filters, setFilters] = useInboxFilters();
  const list = useConversationList(filters);
  const unread = useUnreadCounts();
  const connections = useQuery({ queryKey: keys.connections(), queryFn: listConnections, staleTime: 5 * 60_000 });
  const composer = useRef<ComposerHandle | null>(null);
  const [helpOpen, help] = useDisclosure(false);
  const notification = useLiveNotification();

  const totalUnread = (unread.data?.mine.count ?? 0) + (unread.data?.unassigned.count ?? 0);
  useDocumentTitle(t('nav.inbox'), totalUnread);

  const labels = useMemo(
    () => [...new Set([...list.conversations.flatMap((c) => c.labels), ...(filters.label ? [filters.label] : [])])].sort(),
    [list.conversations, filters.label],
  );
  const open = useCallback((id: string) => navigate(`/inbox/${id}`), [navigate]);
  const actions = useConversationActions(conversationId ?? '');
  const current = list.conversations.find((c) => c.id === conversationId);

  useShortcuts((action) => {
    const index = list.conversations.findIndex((c) => c.id === conversationId);
    switch (action) {
      case 'next':
      case 'previous': {
        const next = list.conversations[action === 'next' ? index + 1 : Math.max(0, index - 1)];
        if (next) open(next.id);
        return;
      }
      case 'resolve':
        if (conversationId) actions.mutate({ action: current?.status === 'RESOLVED' ? 'reopen' : 'resolve' });
        return;
      case 'reply':
      case 'note':
        composer.current?.focus(action);
        return;
      case 'search':
        document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
        return;
      case 'help':
        help.open();
        return;
    }
  });

  const showList = wide || !conversationId;
  const showConversation = wide || Boolean(conversationId);
  return (
    <>
      <div style={{ display: 'flex', height: '100%' }}>
        {!showList && <h1 className="visually-hidden">{t('nav.inbox')}</h1>}
        {showList && (
          <section
            aria-label={t('list.title')}
            style={{
              width: wide ? 360 : '100%',
              flexShrink: 0,
              display: 'flex',
              flexDirection: 'column',
              borderRight: wide ? '1px solid var(--mantine-color-gray-3)' : undefined,
            }}
          >
            <ListHeader notification={notification} onHelp={help.open} />
            <ListFilters
              filters={filters}
              onChange={setFilters}
              connections={connections.data ?? []}
              labels={labels}
              unread={unread.data}
            />
            <div style={{ flex: 1, minHeight: 0 }}>
              <ConversationList
                conversations={list.conversations}
                selectedId={conversationId}
                onOpen={open}
                isLoading={list.isLoading}
                error={list.error}
                hasNextPage={list.hasNextPage}
                isFetchingNextPage={list.isFetchingNextPage}
                fetchNextPage={() => void list.fetchNextPage()}
                refetch={() => void list.refetch()}
              />
            </div>
          </section>
        )}
        {showConversation && (
          <div style={{ flex: 1, minWidth: 0 }}>
            {conversationId ? (
              <ConversationPane
                key={conversationId}
                conversationId={conversationId}
                wide={wide}
                onBack={wide ? null : () => navigate('/inbox')}
                composerRef={composer}
              />
            ) : (
              <EmptyPane />
            )}
          </div>
        )}
      </div>
      <ShortcutsHelp opened={helpOpen} onClose={help.close} />
    </>
  );
}
