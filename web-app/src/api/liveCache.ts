import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { ConversationPage } from '../inbox/api';
import { keys } from '../inbox/model/keys';
import { laterStatus, mergeMessages, patchMessage, type MessageWindow } from '../inbox/model/messages';
import type { Conversation, DeliveryStatus, MediaStatus, Message, Note } from './types';
import type { EventEnvelope } from './socket';

/** What the cache patcher needs besides the cache: a way to fetch a conversation's new messages in full. */
export interface LiveCacheDeps {
  queryClient: QueryClient;
  /** Fetches what came after the cached window of a conversation (full message views) and merges it. */
  catchUpMessages: (conversationId: string) => void;
  /** Debounced refetch of the lists and unread counts (their order and membership depend on the server). */
  refreshLists: () => void;
  /** A conversation was just assigned to this person (for the optional browser notification). */
  onAssignedToMe?: (conversationId: string) => void;
  userId: string;
}

type Payload = Record<string, unknown>;
const text = (p: Payload, k: string): string | undefined => (typeof p[k] === 'string' ? (p[k] as string) : undefined);

function patchConversation(client: QueryClient, id: string, change: (c: Conversation) => Conversation): boolean {
  let found = false;
  client.setQueriesData<InfiniteData<ConversationPage>>({ queryKey: keys.lists() }, (data) => {
    if (!data) return data;
    let changed = false;
    const pages = data.pages.map((page) => ({
      ...page,
      items: page.items.map((c) => {
        if (c.id !== id) return c;
        changed = true;
        return change(c);
      }),
    }));
    if (changed) found = true;
    return changed ? { ...data, pages } : data;
  });
  const single = client.getQueryData<Conversation>(keys.conversation(id));
  if (single) {
    client.setQueryData(keys.conversation(id), change(single));
    found = true;
  }
  return found;
}

function updateFields(p: Payload): (c: Conversation) => Conversation {
  return (c) => ({
    ...c,
    status: (text(p, 'status') as Conversation['status'] | undefined) ?? c.status,
    owner: (text(p, 'owner') as Conversation['owner'] | undefined) ?? c.owner,
    assigneeId: 'assigneeId' in p ? (text(p, 'assigneeId') ?? null) : c.assigneeId,
    handoffReason: 'handoffReason' in p ? (text(p, 'handoffReason') ?? null) : c.handoffReason,
    unreadCount: typeof p['unreadCount'] === 'number' ? p['unreadCount'] : c.unreadCount,
    labels: Array.isArray(p['labels']) ? (p['labels'] as string[]) : c.labels,
  });
}

function patchWindow(client: QueryClient, conversationId: string, change: (w: MessageWindow) => MessageWindow): void {
  const window = client.getQueryData<MessageWindow>(keys.messages(conversationId));
  if (window) client.setQueryData(keys.messages(conversationId), change(window));
}

/** Applies one live event to the cached data it concerns. */
export function applyEvent(event: EventEnvelope, deps: LiveCacheDeps): void {
  const { queryClient: client } = deps;
  const p = event.payload;
  const conversationId = text(p, 'conversationId');
  switch (event.type) {
    case 'conversation.message.created': {
      if (!conversationId) return;
      const message = p['message'] as Partial<Message> | undefined;
      if (message?.id && client.getQueryData(keys.messages(conversationId))) {
        const partial = { ...message, conversationId } as Message;
        patchWindow(client, conversationId, (w) => ({ ...w, messages: mergeMessages(w.messages, [partial]) }));
        // the event carries a short form of the message (no content, reply or media details): fetch it in full
        deps.catchUpMessages(conversationId);
      }
      patchConversation(client, conversationId, (c) => ({
        ...c,
        lastMessageAt: message?.createdAt ?? c.lastMessageAt,
      }));
      deps.refreshLists();
      return;
    }
    case 'conversation.message.status.changed': {
      const messageId = text(p, 'messageId');
      if (!conversationId || !messageId) return;
      patchWindow(client, conversationId, (w) =>
        patchMessage(w, messageId, (m) => ({
          ...m,
          status: laterStatus(m.status, text(p, 'status') as DeliveryStatus | undefined),
          errorCode: text(p, 'errorCode') ?? m.errorCode,
          errorReason: text(p, 'errorReason') ?? m.errorReason,
        })),
      );
      return;
    }
    case 'conversation.message.reacted': {
      const messageId = text(p, 'messageId');
      if (!conversationId || !messageId) return;
      patchWindow(client, conversationId, (w) =>
        patchMessage(w, messageId, (m) => ({ ...m, reaction: text(p, 'reaction') ?? null })),
      );
      return;
    }
    case 'conversation.message.media': {
      const messageId = text(p, 'messageId');
      if (!conversationId || !messageId) return;
      patchWindow(client, conversationId, (w) =>
        patchMessage(w, messageId, (m) => ({
          ...m,
          mediaStatus: (text(p, 'mediaStatus') as MediaStatus | undefined) ?? m.mediaStatus,
          mediaError: text(p, 'error') ?? m.mediaError,
        })),
      );
      return;
    }
    case 'conversation.updated': {
      if (!conversationId) return;
      const action = text(p, 'action');
      if (action === 'note') {
        const note = p['note'] as Partial<Note> | undefined;
        if (note?.id) {
          client.setQueryData<Note[]>(keys.notes(conversationId), (notes) =>
            notes && !notes.some((n) => n.id === note.id)
              ? [...notes, { conversationId, authorId: text(p, 'actorId') ?? null, ...note } as Note]
              : notes,
          );
        }
        return;
      }
      if (action === 'automation_failed') {
        void client.invalidateQueries({ queryKey: keys.conversation(conversationId) });
        return;
      }
      const before = client.getQueryData<Conversation>(keys.conversation(conversationId));
      const known = patchConversation(client, conversationId, updateFields(p));
      const assignee = text(p, 'assigneeId');
      if (assignee === deps.userId && before?.assigneeId !== deps.userId && text(p, 'actorId') !== deps.userId) {
        deps.onAssignedToMe?.(conversationId);
      }
      if (!known || 'status' in p || 'assigneeId' in p) deps.refreshLists();
      return;
    }
    case 'connection.changed':
    case 'connection.deleted': {
      const id = event.connectionId ?? text(p, 'connectionId');
      // connected (or gone): its QR code is of no use any more
      if (id && (event.type === 'connection.deleted' || text(p, 'state') === 'OPEN')) {
        client.removeQueries({ queryKey: keys.connectionQr(id) });
      }
      void client.invalidateQueries({ queryKey: keys.connections() });
      return;
    }
    case 'connection.qr.updated': {
      const id = event.connectionId;
      const base64 = text(p, 'base64');
      if (id && base64) client.setQueryData(keys.connectionQr(id), { base64, pairingCode: text(p, 'pairingCode') ?? null });
      return;
    }
    default:
      return;
  }
}
