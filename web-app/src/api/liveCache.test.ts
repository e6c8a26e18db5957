import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import type { ConversationPage } from '../inbox/api';
import { keys, type ListFilters } from '../inbox/model/keys';
import type { MessageWindow } from '../inbox/model/messages';
import { applyEvent, type LiveCacheDeps } from './liveCache';
import type { EventEnvelope } from './socket';
import type { Conversation, Message, Note } from './types';

const filters: ListFilters = { tab: 'all', status: 'OPEN', connectionId: null, label: null, q: '' };

const conversation = (id: string, extra: Partial<Conversation> = {}): Conversation => ({
  id,
  connectionId: 'n1',
  channel: 'META',
  status: 'OPEN',
  owner: 'HUMAN',
  handoffReason: null,
  assigneeId: null,
  unreadCount: 0,
  lastMessageAt: '2026-12-01T10:00:00Z',
  windowExpiresAt: null,
  labels: [],
  attributes: null,
  contact: { id: 'k', waId: '5511', name: 'Maria' },
  ...extra,
});

const message = (id: string, extra: Partial<Message> = {}): Message => ({
  id,
  conversationId: 'c1',
  direction: 'OUTBOUND',
  sender: 'AGENT',
  type: 'text',
  text: id,
  status: 'SENT',
  createdAt: '2026-12-01T10:00:00Z',
  ...extra,
});

const envelope = (type: string, payload: Record<string, unknown>): EventEnvelope => ({
  eventId: Math.random().toString(36),
  type,
  tenantId: 't',
  occurredAt: '2026-12-01T10:00:00Z',
  payload,
});

function setup() {
  const client = new QueryClient();
  client.setQueryData<InfiniteData<ConversationPage>>(keys.list(filters), {
    pages: [{ items: [conversation('c1'), conversation('c2')], next: null }],
    pageParams: [null],
  });
  client.setQueryData<MessageWindow>(keys.messages('c1'), {
    messages: [message('m1')],
    beforeCursor: null,
    afterCursor: 'after-1',
  });
  client.setQueryData<Conversation>(keys.conversation('c1'), conversation('c1'));
  client.setQueryData<Note[]>(keys.notes('c1'), []);
  const deps: LiveCacheDeps = {
    queryClient: client,
    userId: 'me',
    catchUpMessages: vi.fn(),
    refreshLists: vi.fn(),
    onAssignedToMe: vi.fn(),
  };
  const listItem = (id: string) =>
    client.getQueryData<InfiniteData<ConversationPage>>(keys.list(filters))!.pages[0]!.items.find((c) => c.id === id)!;
  const window = () => client.getQueryData<MessageWindow>(keys.messages('c1'))!;
  return { client, deps, listItem, window };
}

describe('live events in the cache', () => {
  it('adds a new message once, fetches its full form and refreshes the lists', () => {
    const { deps, window } = setup();
    const created = envelope('conversation.message.created', {
      conversationId: 'c1',
      message: { id: 'm2', direction: 'INBOUND', sender: 'CUSTOMER', type: 'text', text: 'hi', createdAt: '2026-12-01T10:05:00Z' },
    });
    applyEvent(created, deps);
    applyEvent({ ...created, eventId: 'other' }, deps);
    expect(window().messages.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(deps.catchUpMessages).toHaveBeenCalledWith('c1');
    expect(deps.refreshLists).toHaveBeenCalled();
  });

  it('does not load messages of a conversation that is not open', () => {
    const { deps } = setup();
    applyEvent(envelope('conversation.message.created', { conversationId: 'c2', message: { id: 'x', createdAt: '2026-12-01T11:00:00Z' } }), deps);
    expect(deps.catchUpMessages).not.toHaveBeenCalled();
    expect(deps.refreshLists).toHaveBeenCalled();
  });

  it('moves ticks forward only', () => {
    const { deps, window } = setup();
    applyEvent(envelope('conversation.message.status.changed', { conversationId: 'c1', messageId: 'm1', status: 'READ' }), deps);
    applyEvent(envelope('conversation.message.status.changed', { conversationId: 'c1', messageId: 'm1', status: 'DELIVERED' }), deps);
    expect(window().messages[0]!.status).toBe('READ');
  });

  it('shows a failure with its reason', () => {
    const { deps, window } = setup();
    applyEvent(
      envelope('conversation.message.status.changed', {
        conversationId: 'c1', messageId: 'm1', status: 'FAILED', errorCode: '131047', errorReason: 'Re-engagement message',
      }),
      deps,
    );
    expect(window().messages[0]).toMatchObject({ status: 'FAILED', errorCode: '131047', errorReason: 'Re-engagement message' });
  });

  it('puts a reaction and a stored file on their message', () => {
    const { deps, window } = setup();
    applyEvent(envelope('conversation.message.reacted', { conversationId: 'c1', messageId: 'm1', reaction: '❤️' }), deps);
    applyEvent(envelope('conversation.message.media', { conversationId: 'c1', messageId: 'm1', mediaStatus: 'FAILED', error: 'too big' }), deps);
    expect(window().messages[0]).toMatchObject({ reaction: '❤️', mediaStatus: 'FAILED', mediaError: 'too big' });
    applyEvent(envelope('conversation.message.reacted', { conversationId: 'c1', messageId: 'm1', reaction: null }), deps);
    expect(window().messages[0]!.reaction).toBeNull();
  });

  it('updates the conversation everywhere it is shown', () => {
    const { client, deps, listItem } = setup();
    applyEvent(
      envelope('conversation.updated', {
        conversationId: 'c1', action: 'assign', actorId: 'boss', status: 'OPEN', owner: 'HUMAN', assigneeId: 'me', unreadCount: 3, labels: ['vip'],
      }),
      deps,
    );
    expect(listItem('c1')).toMatchObject({ assigneeId: 'me', unreadCount: 3, labels: ['vip'] });
    expect(client.getQueryData<Conversation>(keys.conversation('c1'))).toMatchObject({ assigneeId: 'me' });
    expect(deps.onAssignedToMe).toHaveBeenCalledWith('c1');
  });

  it('does not announce an assignment the person made themselves', () => {
    const { deps } = setup();
    applyEvent(envelope('conversation.updated', { conversationId: 'c1', action: 'assign', actorId: 'me', assigneeId: 'me' }), deps);
    expect(deps.onAssignedToMe).not.toHaveBeenCalled();
  });

  it('adds a note once', () => {
    const { client, deps } = setup();
    const noted = envelope('conversation.updated', {
      conversationId: 'c1', action: 'note', actorId: 'u', note: { id: 'n1', authorName: 'Ana', text: 'call back', createdAt: '2026-12-01T10:00:00Z' },
    });
    applyEvent(noted, deps);
    applyEvent(noted, deps);
    expect(client.getQueryData<Note[]>(keys.notes('c1'))).toHaveLength(1);
  });

  it('refreshes the lists for a conversation it does not know', () => {
    const { deps } = setup();
    applyEvent(envelope('conversation.updated', { conversationId: 'new', action: 'assign', status: 'OPEN' }), deps);
    expect(deps.refreshLists).toHaveBeenCalled();
  });
});
