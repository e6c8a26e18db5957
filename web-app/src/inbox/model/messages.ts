import type { DeliveryStatus, Message } from '../../api/types';

/** The loaded part of a conversation: its messages oldest first, once each, and the cursors to page on. */
export interface MessageWindow {
  messages: Message[];
  /** Older messages exist when set (X-Before-Cursor). */
  beforeCursor: string | null;
  /** Where to ask for newer messages (X-After-Cursor). */
  afterCursor: string | null;
}

export const emptyWindow: MessageWindow = { messages: [], beforeCursor: null, afterCursor: null };

const STATUS_RANK: Record<DeliveryStatus, number> = { PENDING: 0, SENT: 1, DELIVERED: 2, READ: 3, FAILED: 4 };

/** Statuses only move forward (sent < delivered < read; failed is final), as in the services. */
export function laterStatus(
  current: DeliveryStatus | null | undefined,
  next: DeliveryStatus | null | undefined,
): DeliveryStatus | null {
  if (!next) return current ?? null;
  if (!current) return next;
  if (current === 'FAILED') return current;
  return STATUS_RANK[next] >= STATUS_RANK[current] ? next : current;
}

/** Two versions of one message: fields the newer one lacks are kept, statuses never go back. */
export function mergeMessage(older: Message, newer: Message): Message {
  const merged: Message = { ...older };
  for (const [key, value] of Object.entries(newer) as [keyof Message, unknown][]) {
    if (value !== undefined && value !== null) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  merged.status = laterStatus(older.status, newer.status);
  return merged;
}

function compare(a: Message, b: Message): number {
  const byTime = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  return byTime !== 0 ? byTime : 0;
}

/**
 * Adds messages to a list, once per id, oldest first. Messages of the same instant keep the order they came in
 * (the service orders them by arrival), which a stable sort preserves.
 */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): Message[] {
  if (incoming.length === 0) return current as Message[];
  const byId = new Map<string, Message>();
  const order: string[] = [];
  for (const m of current) {
    if (!byId.has(m.id)) order.push(m.id);
    byId.set(m.id, byId.has(m.id) ? mergeMessage(byId.get(m.id)!, m) : m);
  }
  for (const m of incoming) {
    const known = byId.get(m.id);
    if (!known) order.push(m.id);
    byId.set(m.id, known ? mergeMessage(known, m) : m);
  }
  return order.map((id) => byId.get(id)!).sort(compare);
}

/** Applies a change to one message of a window, if it is there. */
export function patchMessage(
  window: MessageWindow,
  messageId: string,
  change: (message: Message) => Message,
): MessageWindow {
  let found = false;
  const messages = window.messages.map((m) => {
    if (m.id !== messageId) return m;
    found = true;
    return change(m);
  });
  return found ? { ...window, messages } : window;
}

export interface DayGroup {
  /** yyyy-mm-dd in the time zone shown. */
  day: string;
  messages: Message[];
}

/** The calendar day of an instant in a time zone, as yyyy-mm-dd. */
export function dayKey(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Messages in runs of one calendar day (in the tenant's time zone), for the day separators. */
export function groupByDay(messages: readonly Message[], timeZone: string): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const message of messages) {
    const day = dayKey(message.createdAt, timeZone);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.messages.push(message);
    else groups.push({ day, messages: [message] });
  }
  return groups;
}

/** Reactions are shown on the message they are about; a reaction message itself is not a bubble. */
export function isShownAsBubble(message: Message): boolean {
  return message.type !== 'reaction';
}
