import type { ActivityFrame } from './activity';
import type { PresenceFrame } from './presence';
import { backoffDelay } from './backoff';

/** One event of conversation.events / session.events as realtime-service forwards it. */
export interface EventEnvelope {
  /** Where this event is in the tenant's history (realtime-service); sent back to resume after it. */
  position?: string;
  eventId: string;
  type: string;
  tenantId: string;
  occurredAt: string;
  connectionId?: string;
  schemaVersion?: number;
  payload: Record<string, unknown>;
}

export type SocketState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface SocketOptions {
  url: string;
  /** A fresh access token for every (re)connection; null stops trying until `reconnectNow`. */
  token: () => Promise<string | null>;
  onEvent: (event: EventEnvelope) => void;
  /**
   * After the hello frame. `reconnected`: not the first connection. `replayed`: the server is sending everything
   * since the last position this client had (then a `caught-up` frame), so nothing needs fetching again; false
   * when it could not (no position yet, or too old: resync) and the caller must reload what may have changed.
   */
  onConnected: (reconnected: boolean, replayed: boolean) => void;
  onState?: (state: SocketState, reason?: string) => void;
  /** Another agent's activity (viewing, typing, left), never replayed. */
  onActivity?: (frame: ActivityFrame) => void;
  /** Who of the tenant is online, after each (re)connection and whenever it changes. */
  onPresence?: (frame: PresenceFrame) => void;
  /** Parameters added to the address of each (re)connection (e.g. what the socket narrows to). */
  query?: () => Record<string, string>;
  WebSocketImpl?: new (url: string, protocols?: string | string[]) => WebSocket;
  random?: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
}

/** The subprotocol the server is asked to select (it must answer one of those offered, or browsers fail). */
export const CARRIER_SUBPROTOCOL = 'bearer-token-carrier';

/** Close code of a socket whose token expired: not a refusal, it reconnects at once with a fresh token. */
export const TOKEN_EXPIRED = 4401;

/**
 * The subprotocols of the upgrade: browsers cannot set headers on a WebSocket, so the token travels as
 * `quarkus-http-upgrade#Authorization#Bearer <token>` — percent-encoded, as a subprotocol may not hold a space
 * (the WebSocket constructor throws otherwise) — next to a plain one the server selects.
 */
export function socketProtocols(token: string): string[] {
  return [CARRIER_SUBPROTOCOL, encodeURIComponent(`quarkus-http-upgrade#Authorization#Bearer ${token}`)];
}

const SEEN_LIMIT = 1000;

/**
 * The live connection to /ws: reconnects with exponential backoff and jitter, forwards each event once
 * (by eventId), and says when it is connected again so the caller can catch up (see resume.ts).
 */
export class LiveSocket {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private timer: unknown = null;
  private stopped = true;
  private everConnected = false;
  /** The position of the last event (or of the hello / caught-up frame): where a reconnection resumes. */
  private position: string | null = null;
  private readonly seen = new Set<string>();
  private readonly o: Required<Omit<SocketOptions, 'onState' | 'onActivity' | 'onPresence' | 'query'>> &
    Pick<SocketOptions, 'onState' | 'onActivity' | 'onPresence' | 'query'>;

  constructor(options: SocketOptions) {
    this.o = {
      WebSocketImpl: globalThis.WebSocket,
      random: Math.random,
      baseDelayMs: 1000,
      maxDelayMs: 30_000,
      schedule: (fn, ms) => setTimeout(fn, ms),
      cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      ...options,
    };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000);
    this.o.onState?.('closed');
  }

  /** Sends a small frame (an activity) when connected; false when it could not. */
  send(frame: object): boolean {
    if (!this.socket || this.socket.readyState !== 1) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  /** Try at once (e.g. the browser is online again), forgetting the current wait. */
  reconnectNow(): void {
    if (this.stopped) return;
    this.clearTimer();
    if (this.socket && this.socket.readyState <= 1) return;
    this.attempt = 0;
    void this.connect();
  }

  /** The wait before the next attempt (exposed for tests). */
  nextDelay(): number {
    return backoffDelay(this.attempt, {
      baseMs: this.o.baseDelayMs,
      maxMs: this.o.maxDelayMs,
      random: this.o.random,
    });
  }

  private async connect(): Promise<void> {
    this.o.onState?.(this.everConnected ? 'reconnecting' : 'connecting');
    const token = await this.o.token().catch(() => null);
    if (this.stopped) return;
    if (!token) {
      this.scheduleReconnect();
      return;
    }
    let socket: WebSocket;
    try {
      socket = new this.o.WebSocketImpl(this.urlWithPosition(), socketProtocols(token));
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onmessage = (message: MessageEvent) => this.receive(message.data);
    socket.onclose = (event: CloseEvent) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.stopped) return;
      this.o.onState?.('reconnecting', event.code === 1008 ? event.reason : undefined);
      if (event.code === TOKEN_EXPIRED) {
        this.attempt = 0; // the token's lifetime is over, nothing failed: back at once, with a fresh one
        void this.connect();
        return;
      }
      this.scheduleReconnect(event.code === 1008);
    };
    socket.onerror = () => {
      /* a close follows */
    };
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let frame: unknown;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof frame !== 'object' || frame === null) return;
    const { type } = frame as { type?: unknown };
    if (type === 'hello') {
      const { resumed, position } = frame as { resumed?: unknown; position?: unknown };
      const reconnected = this.everConnected;
      this.everConnected = true;
      this.attempt = 0;
      if (resumed !== true) this.position = typeof position === 'string' ? position : null;
      this.o.onState?.('open');
      this.o.onConnected(reconnected, resumed === true);
      return;
    }
    if (type === 'activity') {
      this.o.onActivity?.(frame as ActivityFrame);
      return;
    }
    if (type === 'presence') {
      this.o.onPresence?.(frame as PresenceFrame);
      return;
    }
    if (type === 'subscribed') return;
    if (type === 'caught-up') {
      const { position } = frame as { position?: unknown };
      if (typeof position === 'string') this.position = position;
      return;
    }
    const event = frame as EventEnvelope;
    // the position first: a frame skipped below (a duplicate) still moves where a reconnection resumes
    if (typeof event.position === 'string') this.position = event.position;
    if (typeof event.type !== 'string' || typeof event.payload !== 'object' || event.payload === null) return;
    if (event.eventId) {
      if (this.seen.has(event.eventId)) return;
      this.seen.add(event.eventId);
      if (this.seen.size > SEEN_LIMIT) {
        const oldest = this.seen.values().next().value;
        if (oldest !== undefined) this.seen.delete(oldest);
      }
    }
    this.o.onEvent(event);
  }

  /** The address, with the position to resume from once there is one, and the caller's parameters. */
  private urlWithPosition(): string {
    const params = new URLSearchParams(this.o.query?.() ?? {});
    if (this.position !== null) params.set('resume', this.position);
    const query = params.toString();
    if (query === '') return this.o.url;
    return `${this.o.url}${this.o.url.includes('?') ? '&' : '?'}${query}`;
  }

  private scheduleReconnect(refused = false): void {
    if (this.stopped) return;
    // a refusal (1008: access changed, suspended, too many sockets) waits at least as long as a long backoff
    if (refused) this.attempt = Math.max(this.attempt, 4);
    const delay = this.nextDelay();
    this.attempt++;
    this.clearTimer();
    this.timer = this.o.schedule(() => {
      this.timer = null;
      void this.connect();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      this.o.cancel(this.timer);
      this.timer = null;
    }
  }
}
