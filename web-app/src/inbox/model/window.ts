/** The Cloud API's 24-hour customer service window of a conversation. */
export interface WindowState {
  /** Whether this number has such a window at all (Cloud API numbers do; Evolution numbers do not). */
  applies: boolean;
  open: boolean;
  /** Milliseconds left while open. */
  remainingMs: number;
}

export function isCloudApiChannel(channel: string | null | undefined): boolean {
  return channel === 'META' || channel === 'CLOUD_API';
}

export function windowState(
  channel: string | null | undefined,
  windowExpiresAt: string | null | undefined,
  now: number = Date.now(),
): WindowState {
  if (!isCloudApiChannel(channel)) return { applies: false, open: true, remainingMs: Number.POSITIVE_INFINITY };
  if (!windowExpiresAt) return { applies: true, open: false, remainingMs: 0 };
  const remainingMs = Date.parse(windowExpiresAt) - now;
  return { applies: true, open: remainingMs > 0, remainingMs: Math.max(0, remainingMs) };
}

/** Hours and minutes left, rounded down (e.g. 23 h 5 min). */
export function splitRemaining(ms: number): { hours: number; minutes: number } {
  const totalMinutes = Math.floor(ms / 60_000);
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}
