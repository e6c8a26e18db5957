import { QueryClient } from '@tanstack/react-query';
import { keys } from '../inbox/model/keys';
import type { MessageWindow } from '../inbox/model/messages';
import { createCatchUp } from './catchUp';
import { refetchOnReconnect } from './resume';
import type { Message } from './types';

const m = (id: string, minute: number, extra: Partial<Message> = {}): Message => ({
  id, conversationId: 'c1', direction: 'INBOUND', sender: 'CUSTOMER', type: 'text', text: id,
  createdAt: `2026-12-01T10:${String(minute).padStart(2, '0')}:00Z`, ...extra,
});

describe('catching up after a reconnection', () => {
  it('fetches what came after the cached messages and merges it without duplicates', async () => {
    const client = new QueryClient();
    client.setQueryData<MessageWindow>(keys.messages('c1'), { messages: [m('a', 0), m('b', 1)], beforeCursor: 'old', afterCursor: 'after-b' });
    const newer = vi.fn(async (_id: string, w: MessageWindow) => ({
      ...w, messages: [...w.messages, m('b', 1), m('c', 2)], afterCursor: 'after-c',
    }));
    const latest = vi.fn(async () => ({
      messages: [m('b', 1, { direction: 'OUTBOUND', status: 'READ' }), m('c', 2)], beforeCursor: 'x', afterCursor: 'after-c',
    }));
    await createCatchUp(client, { newer, latest })('c1', true);
    const window = client.getQueryData<MessageWindow>(keys.messages('c1'))!;
    expect(window.messages.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(window.messages[1]!.status).toBe('READ');
    expect(window.beforeCursor).toBe('old');
    expect(window.afterCursor).toBe('after-c');
  });

  it('keeps a message that arrived live while catching up', async () => {
    const client = new QueryClient();
    client.setQueryData<MessageWindow>(keys.messages('c1'), { messages: [m('a', 0)], beforeCursor: null, afterCursor: 'x' });
    const newer = vi.fn(async (_id: string, w: MessageWindow) => {
      client.setQueryData<MessageWindow>(keys.messages('c1'), { ...w, messages: [...w.messages, m('live', 5)] });
      return { ...w, messages: [...w.messages, m('b', 1)] };
    });
    await createCatchUp(client, { newer, latest: vi.fn() })('c1');
    expect(client.getQueryData<MessageWindow>(keys.messages('c1'))!.messages.map((x) => x.id)).toEqual(['a', 'b', 'live']);
  });

  it('runs one catch-up per conversation at a time and one more for requests made meanwhile', async () => {
    const client = new QueryClient();
    client.setQueryData<MessageWindow>(keys.messages('c1'), { messages: [], beforeCursor: null, afterCursor: 'x' });
    let release: () => void = () => {};
    const newer = vi.fn(
      (_id: string, w: MessageWindow) => new Promise<MessageWindow>((resolve) => (release = () => resolve(w))),
    );
    const catchUp = createCatchUp(client, { newer, latest: vi.fn() });
    const first = catchUp('c1');
    void catchUp('c1');
    void catchUp('c1');
    expect(newer).toHaveBeenCalledTimes(1);
    release();
    await first;
    await new Promise((r) => setTimeout(r, 0));
    expect(newer).toHaveBeenCalledTimes(2);
    release();
  });

  it('refetches the lists and every open conversation after a connection the server did not replay, nothing otherwise', () => {
    const client = new QueryClient();
    client.setQueryData<MessageWindow>(keys.messages('c1'), { messages: [], beforeCursor: null, afterCursor: null });
    client.setQueryData<MessageWindow>(keys.messages('c2'), { messages: [], beforeCursor: null, afterCursor: null });
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const catchUp = vi.fn();
    const resume = refetchOnReconnect(client, catchUp);
    resume.connected(true, true);
    expect(invalidate).not.toHaveBeenCalled(); // the server replays what was missed
    // the first connection: what the page loaded before the socket joined may have changed in between
    resume.connected(false, false);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: keys.lists() });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: keys.unread() });
    expect(catchUp.mock.calls.map((c) => c[0]).sort()).toEqual(['c1', 'c2']);
    expect(catchUp.mock.calls.every((c) => c[1] === true)).toBe(true);
  });
});
