import { backoffDelay } from './backoff';
import { LiveSocket, socketProtocols, type EventEnvelope } from './socket';

class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onclose: ((e: { code: number; reason: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  closedWith: number | null = null;
  constructor(
    public url: string,
    public protocols: string[],
  ) {
    FakeSocket.all.push(this);
  }
  open() {
    this.readyState = 1;
    this.frame({ type: 'hello', tenantId: 't1' });
  }
  frame(value: unknown) {
    this.onmessage?.({ data: JSON.stringify(value) });
  }
  drop(code = 1006, reason = '') {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
  close(code: number) {
    this.closedWith = code;
    this.readyState = 3;
  }
}

const event = (eventId: string, type = 'conversation.updated'): EventEnvelope => ({
  eventId,
  type,
  tenantId: 't1',
  occurredAt: '2026-12-01T10:00:00Z',
  payload: { conversationId: 'c1' },
});

function setup(token: () => Promise<string | null> = async () => 'tok') {
  FakeSocket.all = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const events: EventEnvelope[] = [];
  const connected: boolean[] = [];
  const replays: boolean[] = [];
  const states: string[] = [];
  const socket = new LiveSocket({
    url: 'ws://edge/ws',
    token,
    onEvent: (e) => events.push(e),
    onConnected: (reconnected, replayed) => {
      connected.push(reconnected);
      replays.push(replayed);
    },
    onState: (s) => states.push(s),
    WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    random: () => 0.5,
    schedule: (fn, ms) => {
      timers.push({ fn, ms });
      return timers.length;
    },
    cancel: () => {},
  });
  return { socket, timers, events, connected, replays, states };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('live socket', () => {
  it('sends the token as an upgrade subprotocol a browser accepts (no space), beside the one the server selects', async () => {
    const { socket } = setup();
    socket.start();
    await flush();
    expect(FakeSocket.all[0]!.protocols).toEqual(socketProtocols('tok'));
    expect(socketProtocols('a.b-c_d')).toEqual([
      'bearer-token-carrier',
      'quarkus-http-upgrade%23Authorization%23Bearer%20a.b-c_d',
    ]);
  });

  it('reports the first connection, then a resumed one after a drop', async () => {
    const { socket, timers, connected, states } = setup();
    socket.start();
    await flush();
    FakeSocket.all[0]!.open();
    FakeSocket.all[0]!.drop();
    expect(states.at(-1)).toBe('reconnecting');
    expect(timers).toHaveLength(1);
    timers[0]!.fn();
    await flush();
    FakeSocket.all[1]!.open();
    expect(connected).toEqual([false, true]);
    expect(states.at(-1)).toBe('open');
  });

  it('comes back with the position of the last event and is told whether the server replays from it', async () => {
    const { socket, timers, events, replays } = setup();
    socket.start();
    await flush();
    const first = FakeSocket.all[0]!;
    first.readyState = 1;
    first.frame({ type: 'hello', tenantId: 't1', resumed: false, position: 'ab12:4:7' });
    expect(first.url).toBe('ws://edge/ws');
    first.frame({ ...event('e1'), position: 'ab12:5:7' });
    first.drop();
    timers[0]!.fn();
    await flush();
    const second = FakeSocket.all[1]!;
    expect(second.url).toBe('ws://edge/ws?resume=ab12%3A5%3A7');
    second.frame({ type: 'hello', tenantId: 't1', resumed: true });
    second.frame({ ...event('e2'), position: 'ab12:6:7' });
    second.frame({ type: 'caught-up', position: 'ab12:9:7' });
    second.drop();
    timers[1]!.fn();
    await flush();
    const third = FakeSocket.all[2]!;
    expect(third.url).toBe('ws://edge/ws?resume=ab12%3A9%3A7');
    third.frame({ type: 'hello', tenantId: 't1', resumed: false, resync: true, position: 'cd34:0:0' });
    expect(replays).toEqual([false, true, false]);
    expect(events.map((e) => e.eventId)).toEqual(['e1', 'e2']);
    third.drop();
    timers[2]!.fn();
    await flush();
    expect(FakeSocket.all[3]!.url).toBe('ws://edge/ws?resume=cd34%3A0%3A0');
  });

  it('waits longer after each failed attempt, with jitter, up to the maximum', async () => {
    const { socket, timers } = setup();
    socket.start();
    await flush();
    for (let i = 0; i < 8; i++) {
      FakeSocket.all.at(-1)!.drop();
      timers.at(-1)!.fn();
      await flush();
    }
    const waits = timers.map((t) => t.ms);
    expect(waits.slice(0, 5)).toEqual([0, 1, 2, 3, 4].map((a) => backoffDelay(a, { baseMs: 1000, maxMs: 30_000, random: () => 0.5 })));
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    expect(Math.max(...waits)).toBeLessThanOrEqual(30_000);
  });

  it('starts the waits again after a successful connection', async () => {
    const { socket, timers } = setup();
    socket.start();
    await flush();
    FakeSocket.all[0]!.drop();
    timers[0]!.fn();
    await flush();
    FakeSocket.all[1]!.drop();
    timers[1]!.fn();
    await flush();
    FakeSocket.all[2]!.open();
    FakeSocket.all[2]!.drop();
    expect(timers[2]!.ms).toBe(timers[0]!.ms);
  });

  it('waits long after a refusal (1008)', async () => {
    const { socket, timers } = setup();
    socket.start();
    await flush();
    FakeSocket.all[0]!.open();
    FakeSocket.all[0]!.drop(1008, 'Your access has changed; sign in again');
    expect(timers[0]!.ms).toBeGreaterThanOrEqual(8000);
  });

  it('comes back at once, with a new token and from its position, when its token expired (4401)', async () => {
    let n = 0;
    const { socket, timers, states } = setup(async () => `tok${++n}`);
    socket.start();
    await flush();
    const ws = FakeSocket.all[0]!;
    ws.open();
    ws.frame({ ...event('e1'), position: 'ab:3:1' });
    ws.drop(4401, 'Your sign-in token expired; reconnect with a fresh one');
    await flush();
    expect(timers).toHaveLength(0);
    expect(FakeSocket.all[1]!.protocols).toEqual(socketProtocols('tok2'));
    expect(FakeSocket.all[1]!.url).toBe('ws://edge/ws?resume=ab%3A3%3A1');
    expect(states).not.toContain('closed');
  });

  it('hands on presence lists, skips acknowledgements, and adds the caller\'s parameters to the address', async () => {
    FakeSocket.all = [];
    const lists: unknown[] = [];
    const events: EventEnvelope[] = [];
    const socket = new LiveSocket({
      url: 'ws://edge/ws',
      token: async () => 'tok',
      onEvent: (e) => events.push(e),
      onConnected: () => {},
      onPresence: (frame) => lists.push(frame.online),
      query: () => ({ scope: 'summaries', conversationId: 'c9' }),
      WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    });
    socket.start();
    await flush();
    const ws = FakeSocket.all[0]!;
    expect(ws.url).toBe('ws://edge/ws?scope=summaries&conversationId=c9');
    ws.open();
    ws.frame({ type: 'subscribed', scope: 'summaries', conversationId: 'c9' });
    ws.frame({ type: 'presence', online: [{ userId: 'u1', name: 'Ana', role: 'agent' }] });
    expect(lists).toEqual([[{ userId: 'u1', name: 'Ana', role: 'agent' }]]);
    expect(events).toHaveLength(0);
    socket.stop();
  });

  it('forwards each event once (by eventId) and ignores frames it cannot read', async () => {
    const { socket, events } = setup();
    socket.start();
    await flush();
    const ws = FakeSocket.all[0]!;
    ws.open();
    ws.frame(event('e1'));
    ws.frame(event('e1'));
    ws.frame(event('e2'));
    ws.onmessage?.({ data: 'not json' });
    ws.frame({ type: 'conversation.updated' });
    expect(events.map((e) => e.eventId)).toEqual(['e1', 'e2']);
  });

  it('tries again later when there is no token yet', async () => {
    const { socket, timers } = setup(async () => null);
    socket.start();
    await flush();
    expect(FakeSocket.all).toHaveLength(0);
    expect(timers).toHaveLength(1);
  });

  it('closes for good on stop and does not reconnect', async () => {
    const { socket, timers } = setup();
    socket.start();
    await flush();
    const ws = FakeSocket.all[0]!;
    ws.open();
    socket.stop();
    expect(ws.closedWith).toBe(1000);
    ws.drop();
    expect(timers).toHaveLength(0);
  });

  it('reconnects at once when asked (the browser is online again)', async () => {
    const { socket } = setup();
    socket.start();
    await flush();
    FakeSocket.all[0]!.drop();
    socket.reconnectNow();
    await flush();
    expect(FakeSocket.all).toHaveLength(2);
  });
});
