import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The address's query parameters and a way to change some of them in place (replacing the history entry). Changes
 * made one right after the other, before the page renders again (a filter, then another), all stay: the router's own
 * functional update starts from the last rendered address and would drop the first.
 */
export function useAddressParams() {
  const [params, setParams] = useSearchParams();
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [params]);
  const change = useCallback(
    (edit: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(pending.current ?? params);
      edit(next);
      pending.current = next;
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  return [params, change] as const;
}

/** Sets the parameter, or removes it when the value is empty. */
export function setOrDelete(params: URLSearchParams, name: string, value: string | null | undefined) {
  if (value) params.set(name, value);
  else params.delete(name);
}
