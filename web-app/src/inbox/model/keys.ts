/** Query keys of the app's cached data (TanStack Query), in one place for the socket's patches. */
export interface ListFilters {
  tab: 'mine' | 'unassigned' | 'all';
  status: 'OPEN' | 'PENDING' | 'RESOLVED';
  connectionId: string | null;
  label: string | null;
  q: string;
}

export const keys = {
  lists: () => ['conversations'] as const,
  list: (filters: ListFilters) => ['conversations', filters] as const,
  unread: () => ['unread-counts'] as const,
  conversation: (id: string) => ['conversation', id] as const,
  messages: (id: string) => ['messages', id] as const,
  notes: (id: string) => ['notes', id] as const,
  connections: () => ['connections'] as const,
  connection: (id: string) => ['connections', id] as const,
  /** The QR code to scan of an Evolution number (from its creation, a request, or the live updates). */
  connectionQr: (id: string) => ['connection-qr', id] as const,
  tenant: () => ['tenant'] as const,
  agents: () => ['agents'] as const,
  me: () => ['me'] as const,
};
