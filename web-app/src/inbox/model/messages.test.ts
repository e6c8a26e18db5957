import type { Message } from '../../api/types';
import { dayKey, groupByDay, laterStatus, mergeMessages, patchMessage } from './messages';

const m = (id: string, createdAt: string, extra: Partial<Message> = {}): Message => ({
  id,
  conversationId: 'c1',
  direction: 'INBOUND',
  sender: 'CUSTOMER',
  type: 'text',
  text: id,
  createdAt,
  ...extra,
});

describe('merging messages', () => {
  it('shows each message once, oldest first', () => {
    const current = [m('a', '2026-12-01T10:00:00Z'), m('b', '2026-12-01T10:01:00Z')];
    const merged = mergeMessages(current, [m('b', '2026-12-01T10:01:00Z'), m('c', '2026-12-01T10:02:00Z')]);
    expect(merged.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts an older page before the loaded messages', () => {
    const merged = mergeMessages([m('x', '2026-11-30T09:00:00Z'), m('y', '2026-11-30T09:05:00Z')], [m('a', '2026-12-01T10:00:00Z')]);
    expect(merged.map((x) => x.id)).toEqual(['x', 'y', 'a']);
  });

  it('keeps the arrival order of messages of the same instant', () => {
    const at = '2026-12-01T10:00:00Z';
    expect(mergeMessages([m('1', at), m('2', at)], [m('3', at)]).map((x) => x.id)).toEqual(['1', '2', '3']);
  });

  it('completes a short live version with the full one and keeps fields the newer lacks', () => {
    const short = m('a', '2026-12-01T10:00:00Z', { type: 'image', text: null, mediaStatus: 'PENDING' });
    const full = m('a', '2026-12-01T10:00:00Z', { type: 'image', content: '{"caption":"hi"}', mediaStatus: 'STORED' });
    const [merged] = mergeMessages([short], [full]);
    expect(merged).toMatchObject({ content: '{"caption":"hi"}', mediaStatus: 'STORED' });
  });

  it('never moves a delivery status back (a late "sent" after "read")', () => {
    const read = m('a', '2026-12-01T10:00:00Z', { direction: 'OUTBOUND', status: 'READ' });
    const lateSent = m('a', '2026-12-01T10:00:00Z', { direction: 'OUTBOUND', status: 'SENT' });
    expect(mergeMessages([read], [lateSent])[0]!.status).toBe('READ');
  });

  it('orders statuses sent < delivered < read, failed final', () => {
    expect(laterStatus('SENT', 'DELIVERED')).toBe('DELIVERED');
    expect(laterStatus('DELIVERED', 'SENT')).toBe('DELIVERED');
    expect(laterStatus('FAILED', 'READ')).toBe('FAILED');
    expect(laterStatus('PENDING', 'FAILED')).toBe('FAILED');
    expect(laterStatus(null, 'SENT')).toBe('SENT');
    expect(laterStatus('SENT', undefined)).toBe('SENT');
  });

  it('patches one message of a window and leaves it unchanged when the message is not there', () => {
    const window = { messages: [m('a', '2026-12-01T10:00:00Z')], beforeCursor: null, afterCursor: 'x' };
    expect(patchMessage(window, 'a', (x) => ({ ...x, reaction: '👍' })).messages[0]!.reaction).toBe('👍');
    expect(patchMessage(window, 'zz', (x) => x)).toBe(window);
  });
});

describe('days', () => {
  it('groups by the calendar day of the time zone shown', () => {
    // 02:30 UTC on Dec 2nd is still Dec 1st in São Paulo (UTC-3)
    const list = [m('a', '2026-12-01T20:00:00Z'), m('b', '2026-12-02T02:30:00Z'), m('c', '2026-12-02T04:00:00Z')];
    expect(groupByDay(list, 'America/Sao_Paulo').map((g) => [g.day, g.messages.map((x) => x.id)])).toEqual([
      ['2026-12-01', ['a', 'b']],
      ['2026-12-02', ['c']],
    ]);
    expect(groupByDay(list, 'UTC').map((g) => g.day)).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('names a day as yyyy-mm-dd', () => {
    expect(dayKey('2026-01-05T12:00:00Z', 'Asia/Tokyo')).toBe('2026-01-05');
  });
});
