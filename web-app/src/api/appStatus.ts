import { useSyncExternalStore } from 'react';

/** What the whole app shows as banners: suspension, an ended session, the network and the live connection. */
export type LiveState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface AppStatus {
  suspended: boolean;
  /** The reason the platform's staff gave for the suspension, if any. */
  suspendedReason?: string | null;
  sessionExpired: boolean;
  online: boolean;
  live: LiveState;
  /** Why the server closed the live connection for good (e.g. access changed), if it said. */
  liveClosedReason: string | null;
}

let state: AppStatus = {
  suspended: false,
  sessionExpired: false,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  live: 'connecting',
  liveClosedReason: null,
};
const listeners = new Set<() => void>();

export function getAppStatus(): AppStatus {
  return state;
}

export function setAppStatus(patch: Partial<AppStatus>): void {
  const next = { ...state, ...patch };
  if ((Object.keys(patch) as (keyof AppStatus)[]).every((k) => state[k] === next[k])) return;
  state = next;
  listeners.forEach((l) => l());
}

export function subscribeAppStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAppStatus(): AppStatus {
  return useSyncExternalStore(subscribeAppStatus, getAppStatus, getAppStatus);
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => setAppStatus({ online: true }));
  window.addEventListener('offline', () => setAppStatus({ online: false }));
}
