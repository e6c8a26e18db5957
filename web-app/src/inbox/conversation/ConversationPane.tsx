import { Alert, Button, Center, Drawer, Loader } from '@mantine/core';
import { useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { type Ref, useEffect, useRef, useState } from 'react';
import { useViewing } from './useViewing';
import { useTranslation } from 'react-i18next';
import type { Conversation, Message } from '../../api/types';
import { ApiError, describeProblem } from '../../api/problem';
import { getConversation, type ConversationPage } from '../api';
import { ContactPanel } from '../contact/ContactPanel';
import { Composer, type ComposerHandle } from '../composer/Composer';
import { keys } from '../model/keys';
import { ConversationHeader } from './ConversationHeader';
import { MessageTimeline } from './MessageTimeline';
import { useConversationActions } from './useConversationActions';
import { useMarkRead } from './useMarkRead';

export interface ConversationPaneProps {
  conversationId: string;
  wide: boolean;
  onBack: (() => void) | null;
  composerRef: Ref<ComposerHandle>;
}

function fromLists(client: ReturnType<typeof useQueryClient>, id: string): Conversation | undefined {
  for (const [, data] of client.getQueriesData<InfiniteData<ConversationPage>>({ queryKey: keys.lists() })) {
    const found = data?.pages.flatMap((p) => p.items).find((c) => c.id === id);
    if (found) return found;
  }
  return undefined;
}

/** One conversation: header and actions, messages and notes, composer, contact panel. */
export function ConversationPane({ conversationId, wide, onBack, composerRef }: ConversationPaneProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const conversation = useQuery({
    queryKey: keys.conversation(conversationId),
    queryFn: () => getConversation(conversationId),
    placeholderData: () => fromLists(client, conversationId),
  });
  const [replyTo, setReplyTo] = useState<Message | null>(null);
  const [contactOpen, setContactOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const localComposer = useRef<ComposerHandle | null>(null);
  const read = useConversationActions(conversationId);
  const { mutate: markRead } = read;

  useEffect(() => setReplyTo(null), [conversationId]);
  useViewing(conversationId);
  useMarkRead(conversationId, conversation.data?.unreadCount ?? 0, () => markRead({ action: 'read' }));

  if (conversation.isLoading && !conversation.data) {
    return (
      <Center h="100%">
        <Loader size="sm" role="status" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (!conversation.data) {
    return (
      <Alert color="red" m="md" role="alert" title={describeProblem(conversation.error, t).message}>
        {/* a conversation that does not exist (or is another tenant's) will not appear by trying again */}
        {!(conversation.error instanceof ApiError && conversation.error.status === 404) && (
          <Button size="xs" mt="xs" onClick={() => void conversation.refetch()}>
            {t('common.retry')}
          </Button>
        )}
      </Alert>
    );
  }
  const data = conversation.data;
  const setRefs = (handle: ComposerHandle | null) => {
    localComposer.current = handle;
    if (typeof composerRef === 'function') composerRef(handle);
    else if (composerRef) composerRef.current = handle;
  };
  return (
    <div style={{ display: 'flex', height: '100%', minWidth: 0 }}>
      <section
        aria-label={t('conversation.label')}
        style={{ display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, outline: dragging ? '2px dashed var(--mantine-color-teal-6)' : undefined }}
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes('Files')) {
            e.preventDefault();
            setDragging(true);
          }
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) localComposer.current?.attach(file);
        }}
      >
        <ConversationHeader
          conversation={data}
          onBack={onBack}
          contactOpen={contactOpen}
          onToggleContact={() => setContactOpen((o) => !o)}
        />
        <div style={{ flex: 1, minHeight: 0 }}>
          <MessageTimeline conversationId={conversationId} onReply={setReplyTo} />
        </div>
        <Composer key={conversationId} conversation={data} replyTo={replyTo} onCancelReply={() => setReplyTo(null)} ref={setRefs} />
      </section>
      {wide ? (
        contactOpen && (
          <div style={{ width: 300, borderLeft: '1px solid var(--mantine-color-gray-3)', flexShrink: 0 }}>
            <ContactPanel conversation={data} />
          </div>
        )
      ) : (
        <Drawer opened={contactOpen} onClose={() => setContactOpen(false)} position="right" title={t('contact.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
          <ContactPanel conversation={data} />
        </Drawer>
      )}
    </div>
  );
}
