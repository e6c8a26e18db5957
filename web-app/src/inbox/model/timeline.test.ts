import type { Message, Note } from '../../api/types';
import { buildTimeline, quotedLookup } from './timeline';

const msg = (id: string, createdAt: string, extra: Partial<Message> = {}): Message => ({
  id, conversationId: 'c', direction: 'INBOUND', sender: 'CUSTOMER', type: 'text', text: id, createdAt, ...extra,
});
const note = (id: string, createdAt: string): Note => ({ id, text: id, createdAt, conversationId: 'c', authorId: 'u', authorName: 'Ana' });

describe('timeline', () => {
  it('puts notes between messages by time, with a separator per day', () => {
    const items = buildTimeline(
      [msg('a', '2026-12-01T10:00:00Z'), msg('b', '2026-12-02T10:00:00Z')],
      [note('n', '2026-12-01T11:00:00Z')],
      'UTC',
      true,
    );
    expect(items.map((i) => i.key)).toEqual(['d:2026-12-01', 'm:a', 'n:n', 'd:2026-12-02', 'm:b']);
  });

  it('holds back notes older than the loaded messages until the start is loaded', () => {
    const items = buildTimeline([msg('a', '2026-12-01T10:00:00Z')], [note('old', '2026-11-01T10:00:00Z')], 'UTC', false);
    expect(items.some((i) => i.key === 'n:old')).toBe(false);
  });

  it('does not show reactions as messages', () => {
    const items = buildTimeline([msg('r', '2026-12-01T10:00:00Z', { type: 'reaction' })], [], 'UTC', true);
    expect(items.filter((i) => i.kind === 'message')).toHaveLength(0);
  });

  it('finds a quoted message by id or by provider id', () => {
    const original = msg('a', '2026-12-01T10:00:00Z', { providerMessageId: 'wamid.1' });
    const lookup = quotedLookup([original]);
    expect(lookup(msg('b', '2026-12-01T10:01:00Z', { replyToMessageId: 'a' }))).toBe(original);
    expect(lookup(msg('c', '2026-12-01T10:01:00Z', { replyTo: 'wamid.1' }))).toBe(original);
    expect(lookup(msg('d', '2026-12-01T10:01:00Z', { replyTo: 'wamid.unknown' }))).toBeNull();
  });
});
