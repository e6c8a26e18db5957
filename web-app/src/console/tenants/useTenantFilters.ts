import { useCallback, useMemo } from 'react';
import { setOrDelete, useAddressParams } from '../../app/useAddressParams';
import { isTenantStatus, type TenantQuery } from './api';

/** The list's search, status and page as the address keeps them (?q=&status=&page=, the first page being 1). */
export function useTenantFilters() {
  const [params, change] = useAddressParams();
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
      change((next) => {
        if ('q' in patch) setOrDelete(next, 'q', patch.q?.trim());
        if ('status' in patch) setOrDelete(next, 'status', patch.status);
        const page = 'page' in patch ? (patch.page ?? 0) : 0;
        setOrDelete(next, 'page', page > 0 ? String(page + 1) : null);
      }),
    [change],
  );
  return [query, update] as const;
}
