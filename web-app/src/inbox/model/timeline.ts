import type { Message, Note } from '../../api/types';
import { dayKey, isShownAsBubble } from './messages';

export type TimelineItem =
  | { kind: 'day'; key: string; day: string; at: string }
  | { kind: 'message'; key: string; message: Message }
  | { kind: 'note'; key: string; note: Note };

/**
 * Messages and internal notes in one timeline, oldest first, with a day separator before each calendar day
 * (in the given time zone). Notes older than the oldest loaded message wait until that page is loaded.
 */
export function buildTimeline(
  messages: readonly Message[],
  notes: readonly Note[],
  timeZone: string,
  complete: boolean,
): TimelineItem[] {
  const oldest = messages[0]?.createdAt;
  const entries: { at: string; item: TimelineItem }[] = [];
  messages.filter(isShownAsBubble).forEach((message) =>
    entries.push({ at: message.createdAt, item: { kind: 'message', key: `m:${message.id}`, message } }),
  );
  notes
    .filter((note) => complete || !oldest || note.createdAt >= oldest)
    .forEach((note) => entries.push({ at: note.createdAt, item: { kind: 'note', key: `n:${note.id}`, note } }));
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const items: TimelineItem[] = [];
  let lastDay = '';
  for (const entry of entries) {
    const day = dayKey(entry.at, timeZone);
    if (day !== lastDay) {
      items.push({ kind: 'day', key: `d:${day}`, day, at: entry.at });
      lastDay = day;
    }
    items.push(entry.item);
  }
  return items;
}

/** The message a reply quotes: by our id, else by the provider's id. */
export function quotedLookup(messages: readonly Message[]): (m: Message) => Message | null {
  const byId = new Map(messages.map((m) => [m.id, m]));
  const byProvider = new Map(
    messages.filter((m) => m.providerMessageId).map((m) => [m.providerMessageId as string, m]),
  );
  return (m) =>
    (m.replyToMessageId ? byId.get(m.replyToMessageId) : undefined) ??
    (m.replyTo ? byProvider.get(m.replyTo) : undefined) ??
    null;
}
