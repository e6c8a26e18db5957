import type { QueryClient } from '@tanstack/react-query';
import { loadLatest, loadNewer } from '../inbox/api';
import { keys } from '../inbox/model/keys';
import { getAppStatus, setAppStatus } from './appStatus';
import { applyActivity } from './activity';
import { freshAccessToken } from './auth';
import { api } from './client';
import { createCatchUp } from './catchUp';
import { applyEvent } from './liveCache';
import { refetchOnReconnect } from './resume';
import { applyPresence, resetPresence } from './presence';
import { LiveSocket } from './socket';

export interface LiveOptions {
  queryClient: QueryClient;
  url: string;
  userId: string;
  onAssignedToMe?: (conversationId: string) => void;
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn();
    }, ms);
  };
}

let current: LiveSocket | null = null;
let forget: ((conversationId: string) => void) | null = null;
/** The conversation this tab shows: said again after each (re)connection. */
let viewing: string | null = null;

/**
 * What the socket gets: the open conversation in full, of the others only what the list needs (summaries). A
 * conversation left gets no more status or note events, so what is cached of it is marked stale (refetched when
 * it is opened again).
 */
function narrowTo(conversationId: string | null): void {
  const previous = viewing;
  viewing = conversationId;
  if (previous === conversationId) return;
  if (previous) forget?.(previous);
  current?.send({ type: 'subscribe', scope: 'summaries', conversationId });
}

/** Tells the tenant's other agents what this one does in a conversation (dropped while disconnected). */
export function sendActivity(activity: 'viewing' | 'typing' | 'left', conversationId: string): void {
  if (activity === 'viewing') narrowTo(conversationId);
  if (activity === 'left' && viewing === conversationId) narrowTo(null);
  current?.send({ type: activity, conversationId });
}

/** A cheap read whose answer (403 suspended, 401) sets the app's status through the API fetch. */
async function probeAccess(): Promise<void> {
  await api().GET('/api/conversations', { params: { query: { limit: 1 } } }).catch(() => undefined);
}

/** Starts the live connection for the inbox; returns the function that stops it. */
export function startLive({ queryClient, url, userId, onAssignedToMe }: LiveOptions): () => void {
  const catchUp = createCatchUp(queryClient, { latest: loadLatest, newer: loadNewer });
  const refreshLists = debounce(() => {
    void queryClient.invalidateQueries({ queryKey: keys.lists() });
    void queryClient.invalidateQueries({ queryKey: keys.unread() });
  }, 400);
  const resume = refetchOnReconnect(queryClient, (id, recent) => void catchUp(id, recent));
  const socket = new LiveSocket({
    onActivity: applyActivity,
    onPresence: applyPresence,
    url,
    token: freshAccessToken,
    query: () => ({ scope: 'summaries', ...(viewing ? { conversationId: viewing } : {}) }),
    onEvent: (event) =>
      applyEvent(event, {
        queryClient,
        userId,
        refreshLists,
        onAssignedToMe,
        catchUpMessages: (id) => void catchUp(id),
      }),
    onConnected: (reconnected, replayed) => {
      resume.connected(reconnected, replayed);
      // let in again (e.g. the company reactivated): a replay refetches nothing, so one read clears the banner
      if (getAppStatus().suspended) void probeAccess();
      if (viewing) socket.send({ type: 'viewing', conversationId: viewing });
    },
    onState: (state, reason) => {
      setAppStatus({ live: state, ...(reason !== undefined ? { liveClosedReason: reason || null } : {}), ...(state === 'open' ? { liveClosedReason: null } : {}) });
      // refused (suspended, access changed): one request tells the app why, in the user's language
      if (reason !== undefined) void probeAccess();
    },
  });
  const online = () => socket.reconnectNow();
  window.addEventListener('online', online);
  socket.start();
  current = socket;
  forget = (id) => {
    void queryClient.invalidateQueries({ queryKey: keys.messages(id), refetchType: 'none' });
    void queryClient.invalidateQueries({ queryKey: keys.notes(id), refetchType: 'none' });
  };
  return () => {
    window.removeEventListener('online', online);
    socket.stop();
    resetPresence();
    if (current === socket) {
      current = null;
      forget = null;
    }
  };
}
