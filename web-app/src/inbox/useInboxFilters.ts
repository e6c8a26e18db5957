import { useCallback, useState } from 'react';
import type { ListFilters } from './model/keys';

const KEY = 'wa.inbox.filters';
const DEFAULTS: ListFilters = { tab: 'mine', status: 'OPEN', connectionId: null, label: null, q: '' };

function load(): ListFilters {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<ListFilters> | null;
    return saved ? { ...DEFAULTS, ...saved } : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

/** The list's filters, kept for the tab's session. */
export function useInboxFilters() {
  const [filters, setFilters] = useState<ListFilters>(load);
  const update = useCallback((patch: Partial<ListFilters>) => {
    setFilters((current) => {
      const next = { ...current, ...patch };
      sessionStorage.setItem(KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return [filters, update] as const;
}
