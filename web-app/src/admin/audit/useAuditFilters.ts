import { useCallback, useMemo } from 'react';
import { setOrDelete, useAddressParams } from '../../app/useAddressParams';
import { validDay } from './period';

/** The page's filters as the address keeps them (?action=&actor=&from=&to=): days are the company's days. */
export interface AuditFilters {
  action: string | null;
  actor: string | null;
  from: string | null;
  to: string | null;
}

const NAMES = ['action', 'actor', 'from', 'to'] as const;

function text(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed && trimmed.length <= 64 ? trimmed : null;
}

/** The filters in the address, so that a reload or a shared link shows the same entries; a change replaces them. */
export function useAuditFilters() {
  const [params, change] = useAddressParams();
  const filters = useMemo<AuditFilters>(
    () => ({
      action: text(params.get('action')),
      actor: text(params.get('actor')),
      from: validDay(params.get('from')),
      to: validDay(params.get('to')),
    }),
    [params],
  );
  const update = useCallback(
    (patch: Partial<AuditFilters>) =>
      change((next) => {
        for (const name of NAMES) if (name in patch) setOrDelete(next, name, patch[name]);
      }),
    [change],
  );
  return [filters, update] as const;
}
