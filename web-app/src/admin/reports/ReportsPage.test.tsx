import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { configureApi } from '../../api/client';
import { axeViolations } from '../../test/axe';
import { agent, renderWithApp } from '../../test/render';
import ReportsPage from './ReportsPage';

vi.mock('../../api/auth', () => import('../../test/signedIn'));

const admin = { ...agent, username: 'acme-admin', roles: ['tenant-admin' as const] };
const SALES = '58b8ef09-2dc5-4e1e-bae7-2fc33d333d82';
const SUPPORT = '7a1e4b52-0c8f-4a51-9d0e-3b6f1c2d4e5f';

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const median = (medianSeconds: number | null, count: number) => ({ medianSeconds, count });
const asked: URL[] = [];

beforeEach(() => {
  asked.length = 0;
  configureApi('http://edge');
  vi.stubGlobal('fetch', async (input: Request | string) => {
    const request = typeof input === 'string' ? new Request(input) : input;
    const url = new URL(request.url);
    if (url.pathname.startsWith('/api/reports') || url.pathname === '/api/connections/health') asked.push(url);
    switch (url.pathname) {
      case '/api/tenant':
        return json({ id: 't', name: 'Acme', settings: { timezone: 'America/Sao_Paulo' } });
      case '/api/tenant/agents':
        return json([{ id: 'u1', username: 'ana', firstName: 'Ana', lastName: 'Lima', role: 'agent', enabled: true }]);
      case '/api/connections':
        return json([
          { id: SALES, type: 'CLOUD_API', name: 'Vendas', state: 'OPEN' },
          { id: SUPPORT, type: 'EVOLUTION', name: 'Suporte', state: 'CLOSED' },
        ]);
      case '/api/reports/messages':
        return json({
          asOf: '2026-11-10T15:00:00Z',
          days: [
            { day: '2026-11-09', connectionId: SALES, received: 1200, sent: 800 },
            { day: '2026-11-10', connectionId: SALES, received: 30, sent: 20 },
            { day: '2026-11-10', connectionId: SUPPORT, received: 5, sent: 0 },
          ],
          totals: { received: 1235, sent: 820 },
        });
      case '/api/reports/conversations':
        return json({
          opened: 40,
          resolved: 31,
          firstResponse: median(252, 38),
          resolution: median(7_500, 31),
          byAgent: [{ agentId: 'u1', firstResponse: median(180, 20), resolution: median(3_600, 18), resolved: 18 }],
          byNumber: [{ connectionId: SALES, opened: 35, resolved: 30, firstResponse: median(200, 34), resolution: median(7_000, 30) }],
        });
      case '/api/reports/statuses':
        return json({
          byStatus: [
            { status: 'READ', count: 600 },
            { status: 'FAILED', count: 20 },
            { status: 'DELIVERED', count: 200 },
          ],
          failedByErrorCode: [{ code: '131047', title: 'Re-engagement message', count: 20 }],
        });
      case '/api/connections/health':
        return json([
          { connectionId: SALES, name: 'Vendas', type: 'CLOUD_API', state: 'OPEN', secondsByState: { OPEN: 9_000, CLOSED: 1_000 }, disconnections: 2 },
          { connectionId: SUPPORT, name: 'Suporte', type: 'EVOLUTION', state: 'CLOSED', secondsByState: { CLOSED: 10_000 }, disconnections: 0 },
        ]);
      default:
        return json({ status: 404, detail: 'Not found' }, 404);
    }
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function Address() {
  return <output data-testid="address">{useLocation().search}</output>;
}

function renderAt(path: string, language = 'en') {
  return renderWithApp(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="/admin/reports"
          element={
            <>
              <ReportsPage />
              <Address />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
    { language, identity: admin },
  );
}

describe('reports', () => {
  it("shows the period's figures in the person's language, for the company's days", async () => {
    await renderAt('/admin/reports?from=2026-11-01&to=2026-11-10', 'pt-BR');
    await waitFor(() => expect(screen.getByTestId('overview-received')).toHaveTextContent('1.235'));
    await waitFor(() => expect(screen.getByTestId('overview-firstResponse')).toHaveTextContent('4 min 12 s'));
    expect(screen.getByTestId('overview-resolution')).toHaveTextContent('2 h 5 min');
    const byNumber = await screen.findByTestId('messages-by-number');
    expect(within(byNumber).getAllByRole('row')[1]).toHaveTextContent(/Vendas\s*1\.230\s*820/);
    expect(screen.getByTestId('times-by-agent')).toHaveTextContent(/Ana Lima\s*3 min \(20\)\s*1 h \(18\)\s*18/);
    const statuses = screen.getByTestId('statuses');
    expect(within(statuses).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'StatusMensagensParcela',
      expect.stringMatching(/^Entregue200/),
      expect.stringMatching(/^Lida600/),
      expect.stringMatching(/^Falhou20/),
    ]);
    expect(screen.getByTestId('failures')).toHaveTextContent(/131047\s*Re-engagement message\s*20/);
    const health = await screen.findByTestId('numbers-health');
    expect(within(health).getAllByRole('row')[1]).toHaveTextContent(/Vendas\s*90%\s*2/);
    // the company's days: 1 November begins at 03:00Z in São Paulo
    const reports = asked.find((u) => u.pathname === '/api/reports/messages')!;
    expect(Object.fromEntries(reports.searchParams)).toEqual({ from: '2026-11-01', to: '2026-11-10' });
    const healthAsked = asked.find((u) => u.pathname === '/api/connections/health')!;
    expect(healthAsked.searchParams.get('from')).toBe('2026-11-01T03:00:00.000Z');
    expect(healthAsked.searchParams.get('to')).toBe('2026-11-11T03:00:00.000Z');
    expect(await axeViolations()).toEqual([]);
  });

  it('narrows every report to one number, kept in the address, and refuses a period that ends before it begins', async () => {
    const user = userEvent.setup();
    await renderAt('/admin/reports?from=2026-11-01&to=2026-11-10');
    await screen.findByTestId('numbers-health');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Number' }), 'Suporte');
    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent(`number=${SUPPORT}`));
    await waitFor(() =>
      expect(asked.some((u) => u.pathname === '/api/reports/statuses' && u.searchParams.get('connectionId') === SUPPORT)).toBe(true),
    );
    await waitFor(() => expect(within(screen.getByTestId('numbers-health')).getAllByRole('row')).toHaveLength(2));
    const before = asked.length;
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-10-01' } });
    expect(await screen.findByText('Must not be before the start date')).toBeInTheDocument();
    expect(asked.slice(before).some((u) => u.searchParams.get('to') === '2026-10-01')).toBe(false);
  });

  it('offers each report as a CSV file', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), 'blob:x'), revokeObjectURL: () => {} }));
    await renderAt('/admin/reports?from=2026-11-01&to=2026-11-10');
    await user.click(await screen.findByRole('button', { name: 'Download Messages per day as CSV' }));
    const text = await created[0]!.text();
    expect(text).toContain('Day,Number,Number id,Received,Sent\r\n2026-11-09,Vendas,' + SALES + ',1200,800\r\n');
  });
});
