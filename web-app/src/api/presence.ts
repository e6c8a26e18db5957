import { useSyncExternalStore } from 'react';

/** Someone of the tenant with the app open, as realtime-service reports them. */
export interface OnlineUser {
  userId: string;
  name: string;
  role: 'tenant-admin' | 'agent';
}

/** Who of the tenant is online (every replica's sockets counted), after each connection and each change. */
export interface PresenceFrame {
  type: 'presence';
  online: OnlineUser[];
}

let online: OnlineUser[] = [];
const listeners = new Set<() => void>();

/** Records the latest list. */
export function applyPresence(frame: PresenceFrame): void {
  online = Array.isArray(frame.online)
    ? frame.online.filter((u) => typeof u?.userId === 'string' && typeof u?.name === 'string')
    : [];
  listeners.forEach((l) => l());
}

/** Forgets the list (the live connection stopped, or tests). */
export function resetPresence(): void {
  applyPresence({ type: 'presence', online: [] });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Who else of the tenant is online now (not `self`), updated live. */
export function useOnlineColleagues(self: string): OnlineUser[] {
  const all = useSyncExternalStore(subscribe, () => online);
  return all.filter((u) => u.userId !== self);
}
