import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { useAuditFilters } from './useAuditFilters';

function useFiltersAndAddress() {
  const [filters, update] = useAuditFilters();
  return { filters, update, search: useLocation().search };
}

const atAudit = ({ children }: { children: ReactNode }) => (
  <MemoryRouter initialEntries={['/admin/audit?from=2026-11-01']}>{children}</MemoryRouter>
);

describe('audit filters in the address', () => {
  it('keeps two changes made one right after the other (before the page renders again)', () => {
    const { result } = renderHook(useFiltersAndAddress, { wrapper: atAudit });
    act(() => {
      const update = result.current.update;
      update({ action: 'connection.update' });
      update({ actor: 'u-1' });
    });
    expect(result.current.filters).toEqual({ action: 'connection.update', actor: 'u-1', from: '2026-11-01', to: null });
    expect(new URLSearchParams(result.current.search).get('action')).toBe('connection.update');
  });

  it('removes a filter given as empty and leaves the others', () => {
    const { result } = renderHook(useFiltersAndAddress, { wrapper: atAudit });
    act(() => result.current.update({ action: 'tenant.update' }));
    act(() => result.current.update({ from: null }));
    expect(result.current.filters).toEqual({ action: 'tenant.update', actor: null, from: null, to: null });
  });
});
