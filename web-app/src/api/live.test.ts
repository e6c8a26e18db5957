import { QueryClient } from '@tanstack/react-query';
import { keys } from '../inbox/model/keys';
import { sendActivity, startLive } from './live';
import { getAppStatus, setAppStatus } from './appStatus';
import { configureApi } from './client';

vi.mock('./auth', () => ({
  accessToken: async () => 'token',
  freshAccessToken: async () => 'token',
  renewSession: async () => false,
}));

class OpenSocket {
  static last: OpenSocket | null = null;
  readyState = 1;
  sent: unknown[] = [];
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public url: string) {
    OpenSocket.last = this;
  }
  send(frame: string) {
    this.sent.push(JSON.parse(frame));
  }
  close() {}
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('live connection narrowed to the open conversation', () => {
  it('asks for the open conversation in full and marks what it cached of a conversation left as stale', async () => {
    vi.stubGlobal('WebSocket', OpenSocket);
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    queryClient.setQueryData(keys.messages('c1'), { messages: [] });
    const stop = startLive({ queryClient, url: 'ws://edge/ws', userId: 'me' });
    await flush();
    const socket = OpenSocket.last!;
    expect(socket.url).toBe('ws://edge/ws?scope=summaries');

    sendActivity('viewing', 'c1');
    sendActivity('viewing', 'c1'); // repeated every 20 s: asked once
    expect(socket.sent).toEqual([
      { type: 'subscribe', scope: 'summaries', conversationId: 'c1' },
      { type: 'viewing', conversationId: 'c1' },
      { type: 'viewing', conversationId: 'c1' },
    ]);
    expect(queryClient.getQueryState(keys.messages('c1'))?.isInvalidated).toBe(false);

    sendActivity('left', 'c1');
    expect(socket.sent.slice(3)).toEqual([
      { type: 'subscribe', scope: 'summaries', conversationId: null },
      { type: 'left', conversationId: 'c1' },
    ]);
    expect(queryClient.getQueryState(keys.messages('c1'))?.isInvalidated).toBe(true);
    stop();
    vi.unstubAllGlobals();
  });
});

describe('live connection after a suspension', () => {
  it('reads once when it is let in again, so that the suspension banner goes even when nothing is refetched', async () => {
    vi.stubGlobal('WebSocket', OpenSocket);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (input: Request | string) => {
      fetched.push(typeof input === 'string' ? input : input.url);
      return new Response(JSON.stringify([]), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    configureApi('http://edge');
    setAppStatus({ suspended: true, suspendedReason: 'Invoice 12 is unpaid' });
    const stop = startLive({ queryClient: new QueryClient(), url: 'ws://edge/ws', userId: 'me' });
    await flush();
    OpenSocket.last!.onmessage?.({ data: JSON.stringify({ type: 'hello', tenantId: 't1', resumed: true }) });
    await vi.waitFor(() => expect(getAppStatus().suspended).toBe(false));
    expect(fetched.some((url) => url.includes('/api/conversations'))).toBe(true);
    expect(getAppStatus().suspendedReason).toBeNull();
    stop();
    vi.unstubAllGlobals();
  });
});
