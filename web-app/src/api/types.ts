/**
 * The payloads the app uses, taken from the generated OpenAPI types so that drift fails the type check.
 * The services' documents mark no property as required and describe some bodies loosely (JsonNode, untyped
 * lists); the adapters below state what the app relies on.
 */
import type { components as MessageApi } from './generated/message';
import type { components as SessionApi } from './generated/session';
import type { components as TenantApi } from './generated/tenant';

type MessageSchemas = MessageApi['schemas'];

/** Every property present (null when the service sends none), the named ones never null. */
type Strict<T, K extends keyof T> = { [P in Exclude<keyof T, K>]-?: Exclude<T[P], undefined> | null } & {
  [P in K]-?: Exclude<T[P], undefined>;
};

type ConversationSchema = Omit<MessageSchemas['ConversationView'], 'attributes' | 'contact'>;
export type ConversationStatus = 'OPEN' | 'PENDING' | 'RESOLVED';
export type ConversationOwner = 'HUMAN' | 'BOT';

export type ContactRef = Strict<MessageSchemas['ContactView'], 'id'>;

export type Conversation = Omit<
  Strict<ConversationSchema, 'id' | 'connectionId' | 'unreadCount' | 'labels'>,
  'status' | 'owner'
> & {
  status: ConversationStatus;
  owner: ConversationOwner;
  attributes: Record<string, unknown> | null;
  contact: ContactRef | null;
};

export type Note = Strict<MessageSchemas['NoteView'], 'id' | 'text' | 'createdAt'>;

/** A send: `media`, `interactive` and `template` are JSON objects in the Cloud API's shape. */
export type SendMessageBody = Omit<MessageSchemas['SendMessageRequest'], 'media' | 'interactive' | 'template'> & {
  media?: { link: string; caption?: string; filename?: string };
  interactive?: Record<string, unknown>;
  template?: { name: string; language: { code: string }; components?: unknown[] };
};

export type MessageDirection = 'INBOUND' | 'OUTBOUND';
export type MessageSender = 'CUSTOMER' | 'AGENT' | 'BOT' | 'PHONE' | 'SYSTEM';
export type DeliveryStatus = 'PENDING' | 'SENT' | 'DELIVERED' | 'READ' | 'FAILED';
export type MediaStatus = 'PENDING' | 'STORED' | 'FAILED' | 'EXPIRED';

/** Every property may be absent or null, as the service leaves out what a message does not have. */
type Loose<T> = { [K in keyof T]?: Exclude<T[K], undefined> | null };

/** What a message holds beyond its text, as message-service describes it (typed object). */
export type MessageContentView = MessageSchemas['MessageContent'];

type MessageSchema = MessageSchemas['MessageView'];

/**
 * A message as message-service sends it (`MessageView`). `content` is read through `inbox/model/content.ts`,
 * which also takes the older shape (the provider's JSON, as a string).
 */
export type Message = Omit<
  Loose<MessageSchema>,
  'id' | 'conversationId' | 'createdAt' | 'type' | 'direction' | 'sender' | 'status' | 'mediaStatus' | 'content'
> & {
  id: Exclude<MessageSchema['id'], undefined>;
  conversationId: Exclude<MessageSchema['conversationId'], undefined>;
  createdAt: Exclude<MessageSchema['createdAt'], undefined>;
  type: Exclude<MessageSchema['type'], undefined>;
  direction: MessageDirection;
  sender: MessageSender | string;
  status?: DeliveryStatus | null;
  mediaStatus?: MediaStatus | null;
  content?: MessageContentView | string | Record<string, unknown> | null;
  /** Who sent it, for an agent's message (when the service tells). */
  senderName?: string | null;
};

export type Connection = Strict<SessionApi['schemas']['ConnectionView'], 'id' | 'type' | 'state'>;
export type Tenant = TenantApi['schemas']['TenantView'];
export type Agent = TenantApi['schemas']['Agent'];
