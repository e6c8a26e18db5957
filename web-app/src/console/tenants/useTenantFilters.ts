import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isTenantStatus, type TenantQuery } from './api';

/** The list's search, status and page as the address keeps them (?q=&status=&page=, the first page being 1). */
export function useTenantFilters() {
  const [params, setParams] = useSearchParams();
  const query = useMemo<TenantQuery>(() => {
    const status = params.get('status');
    const page = Number(params.get('page'));
    return {
      q: (params.get('q') ?? '').trim().slice(0, 200),
      status: isTenantStatus(status) ? status : null,
      page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    };
  }, [params]);
  /** A new search or status starts again at the first page. */
  const update = useCallback(
    (patch: Partial<TenantQuery>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const set = (name: string, value: string | null) => (value ? next.set(name, value) : next.delete(name));
          if ('q' in patch) set('q', patch.q?.trim() || null);
          if ('status' in patch) set('status', patch.status ?? null);
          const page = 'page' in patch ? (patch.page ?? 0) : 0;
          set('page', page > 0 ? String(page + 1) : null);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [query, update] as const;
}
