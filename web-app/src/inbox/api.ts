import { api, apiBase, unwrap, unwrapWithResponse } from '../api/client';
import { accessToken } from '../api/auth';
import { errorFrom } from '../api/http';
import { ApiError } from '../api/problem';
import type { Connection, Conversation, Message, Note, SendMessageBody } from '../api/types';
import type { ListFilters } from './model/keys';
import { mergeMessages, type MessageWindow } from './model/messages';

export const PAGE_SIZE = 50;
export const MESSAGE_PAGE = 100;

export interface ConversationPage {
  items: Conversation[];
  next: string | null;
}

const ASSIGNED: Record<ListFilters['tab'], 'me' | 'unassigned' | 'any'> = {
  mine: 'me',
  unassigned: 'unassigned',
  all: 'any',
};

export async function listConversations(
  filters: ListFilters,
  cursor: string | null,
  limit = PAGE_SIZE,
): Promise<ConversationPage> {
  const { data, response } = await unwrapWithResponse<Conversation[]>(
    api().GET('/api/conversations', {
      params: {
        query: {
          limit,
          status: filters.status,
          assigned: ASSIGNED[filters.tab],
          connectionId: filters.connectionId ?? undefined,
          label: filters.label ?? undefined,
          q: filters.q.trim() || undefined,
          cursor: cursor ?? undefined,
        },
      },
    }),
  );
  return { items: data, next: response.headers.get('X-Next-Cursor') };
}

export async function getConversation(id: string): Promise<Conversation> {
  return (await unwrap(api().GET('/api/conversations/{id}', { params: { path: { id } } }))) as Conversation;
}

interface MessagePage {
  messages: Message[];
  before: string | null;
  after: string | null;
}

async function messagePage(id: string, query: { before?: string; after?: string; limit?: number }): Promise<MessagePage> {
  const { data, response } = await unwrapWithResponse<Message[]>(
    api().GET('/api/conversations/{id}/messages', {
      params: { path: { id }, query: { limit: MESSAGE_PAGE, ...query } },
    }),
  );
  return {
    messages: data,
    before: response.headers.get('X-Before-Cursor'),
    after: response.headers.get('X-After-Cursor'),
  };
}

/** The newest page of a conversation. */
export async function loadLatest(id: string): Promise<MessageWindow> {
  const page = await messagePage(id, {});
  return { messages: mergeMessages([], page.messages), beforeCursor: page.before, afterCursor: page.after };
}

/** One page further back, merged into the window. */
export async function loadOlder(id: string, window: MessageWindow): Promise<MessageWindow> {
  if (!window.beforeCursor) return window;
  const page = await messagePage(id, { before: window.beforeCursor });
  return {
    messages: mergeMessages(page.messages, window.messages),
    beforeCursor: page.before,
    afterCursor: window.afterCursor ?? page.after,
  };
}

/** What came after the window's newest message (every page of it), merged in by id. */
export async function loadNewer(id: string, window: MessageWindow, maxPages = 20): Promise<MessageWindow> {
  if (!window.afterCursor) return loadLatest(id);
  let current = window;
  for (let i = 0; i < maxPages; i++) {
    const page = await messagePage(id, { after: current.afterCursor ?? undefined });
    current = {
      messages: mergeMessages(current.messages, page.messages),
      beforeCursor: current.beforeCursor,
      afterCursor: page.after ?? current.afterCursor,
    };
    if (page.messages.length < MESSAGE_PAGE) break;
  }
  return current;
}

/**
 * Whether a send can quote a message: message-service's send body has no reply field yet, so replies are
 * offered in the composer only once it does (then `replyToMessageId` is sent).
 */
export const OUTBOUND_REPLIES = false;

export async function sendMessage(id: string, body: SendMessageBody): Promise<Message> {
  return (await unwrap(
    api().POST('/api/conversations/{id}/messages', {
      params: { path: { id } },
      body: body as never,
    }),
  )) as unknown as Message;
}

export type ConversationAction = 'unassign' | 'resolve' | 'reopen' | 'handback' | 'read';

export async function act(id: string, action: ConversationAction): Promise<Conversation> {
  const path = `/api/conversations/{id}/${action}` as const;
  return (await unwrap(api().POST(path, { params: { path: { id } } }))) as Conversation;
}

export async function assign(id: string, assigneeId: string): Promise<Conversation> {
  return (await unwrap(
    api().POST('/api/conversations/{id}/assign', { params: { path: { id } }, body: { assigneeId } }),
  )) as Conversation;
}

export async function takeOver(id: string, reason?: string): Promise<Conversation> {
  return (await unwrap(
    api().POST('/api/conversations/{id}/takeover', { params: { path: { id } }, body: { reason } }),
  )) as Conversation;
}

export async function setLabels(id: string, labels: string[]): Promise<Conversation> {
  return (await unwrap(
    api().PUT('/api/conversations/{id}/labels', { params: { path: { id } }, body: { labels } }),
  )) as Conversation;
}

export async function listNotes(id: string): Promise<Note[]> {
  return (await unwrap(
    api().GET('/api/conversations/{id}/notes', { params: { path: { id }, query: { limit: 200 } } }),
  )) as Note[];
}

export async function addNote(id: string, text: string): Promise<Note> {
  return (await unwrap(
    api().POST('/api/conversations/{id}/notes', { params: { path: { id } }, body: { text } }),
  )) as unknown as Note;
}

export async function listConnections(): Promise<Connection[]> {
  return (await unwrap(api().GET('/api/connections'))) as Connection[];
}

/** The largest file WhatsApp takes for most media (the services refuse more). */
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

/** Sends a file with upload progress (fetch cannot report it, so XMLHttpRequest). */
export async function uploadMedia(
  conversationId: string,
  file: File,
  caption: string,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<Message> {
  const token = await accessToken();
  const form = new FormData();
  form.append('file', file, file.name);
  if (caption.trim()) form.append('caption', caption.trim());
  return new Promise<Message>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBase()}/api/conversations/${encodeURIComponent(conversationId)}/messages/media`);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const response = new Response(xhr.responseText || null, {
        status: xhr.status,
        headers: { 'Retry-After': xhr.getResponseHeader('Retry-After') ?? '' },
      });
      if (xhr.status >= 200 && xhr.status < 300) {
        void response.json().then((m: Message) => resolve(m), reject);
      } else {
        void errorFrom(response).then(reject);
      }
    };
    xhr.onerror = () => reject(new ApiError({ status: 0 }));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}

/** A message's file, fetched with the bearer token (an <img src> cannot send it). */
export async function fetchMedia(conversationId: string, messageId: string, signal?: AbortSignal): Promise<Blob> {
  const response = await fetch(
    `${apiBase()}/api/conversations/${encodeURIComponent(conversationId)}/messages/${encodeURIComponent(messageId)}/media`,
    { headers: { Authorization: `Bearer ${(await accessToken()) ?? ''}` }, signal },
  );
  if (!response.ok) throw await errorFrom(response);
  return response.blob();
}
