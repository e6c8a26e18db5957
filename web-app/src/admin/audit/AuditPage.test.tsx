import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { configureApi } from '../../api/client';
import { formatters } from '../../i18n/format';
import { axeViolations } from '../../test/axe';
import { agent, renderWithApp } from '../../test/render';
import { AUDIT_PAGE } from './api';
import AuditPage from './AuditPage';

vi.mock('../../api/auth', () => import('../../test/signedIn'));

const admin = { ...agent, username: 'acme-admin', roles: ['tenant-admin' as const] };
const CONNECTION = '58b8ef09-2dc5-4e1e-bae7-2fc33d333d82';

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const renamed = {
  id: 900,
  tenantId: 't',
  actorId: 'me',
  actorName: 'acme-admin',
  action: 'connection.update',
  target: `connection:${CONNECTION}`,
  summary: '{"state":["CLOSED","OPEN"],"bot":["DEFAULT","OFF"]}',
  details: { state: ['CLOSED', 'OPEN'], bot: ['DEFAULT', 'OFF'] },
  at: '2026-03-01T15:04:00Z',
};
const settings = {
  id: 899,
  tenantId: 't',
  actorId: 'u2',
  actorName: 'bruno',
  action: 'settings.update',
  target: 'tenant:t',
  summary: '{"timezone":["UTC","America/Sao_Paulo"],"botEnabled":[false,true]}',
  details: { timezone: ['UTC', 'America/Sao_Paulo'], botEnabled: [false, true] },
  at: '2026-03-01T02:30:00Z',
};
const older = (id: number) => ({
  ...renamed,
  id,
  action: 'future.action',
  target: 'read the audit log',
  details: null,
  summary: null,
});

/** The audit listings asked for, as their query strings. */
const asked: URLSearchParams[] = [];
let answer: (query: URLSearchParams) => Response;

beforeEach(() => {
  asked.length = 0;
  answer = () => json([renamed, settings]);
  configureApi('http://edge');
  vi.stubGlobal('fetch', async (input: Request | string) => {
    const request = typeof input === 'string' ? new Request(input) : input;
    const url = new URL(request.url);
    if (url.pathname === '/api/tenant') return json({ id: 't', name: 'Acme', settings: { timezone: 'America/Sao_Paulo' } });
    if (url.pathname === '/api/tenant/agents') {
      return json([
        { id: 'me', username: 'acme-admin', firstName: 'Ana', lastName: 'Admin', role: 'tenant-admin', enabled: true },
        { id: 'u2', username: 'bruno', firstName: 'Bruno', lastName: 'Silva', role: 'agent', enabled: true },
      ]);
    }
    if (url.pathname === '/api/connections') return json([{ id: CONNECTION, type: 'CLOUD_API', name: 'Vendas', state: 'OPEN' }]);
    if (url.pathname === '/api/audit') {
      asked.push(url.searchParams);
      return answer(url.searchParams);
    }
    return json({ status: 404, detail: 'Not found' }, 404);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.search}</output>;
}

function renderAt(path: string, language = 'en') {
  return renderWithApp(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="/admin/audit"
          element={
            <>
              <AuditPage />
              <Address />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
    { language, identity: admin },
  );
}

describe('audit log', () => {
  it('shows when, who, what, on what and what was recorded, in the person\'s language and the company\'s time zone', async () => {
    await renderAt('/admin/audit', 'pt-BR');
    const [first, second] = await screen.findAllByTestId('audit-entry');
    const time = formatters('pt-BR', 'America/Sao_Paulo');
    expect(within(first!).getByText('Número alterado')).toBeInTheDocument();
    expect(within(first!).getByText(time.dateTime('2026-03-01T15:04:00Z'))).toHaveAttribute('datetime', '2026-03-01T15:04:00Z');
    expect(within(first!).getByTestId('audit-actor')).toHaveTextContent('por Ana Admin');
    expect(within(first!).getByTestId('audit-target')).toHaveTextContent('Número: Vendas');
    expect(within(first!).getByTestId('audit-details')).toHaveTextContent(
      /Estado\s*Desconectado → Conectado\s*Bot\s*como a empresa → desligado/,
    );
    // the company's day: 02:30Z is still 28 February in São Paulo
    expect(within(second!).getByText(time.dateTime('2026-03-01T02:30:00Z'))).toHaveTextContent(/28/);
    expect(within(second!).getByText('Configurações alteradas')).toBeInTheDocument();
    expect(within(second!).getByTestId('audit-target')).toHaveTextContent('Empresa: Acme');
    expect(within(second!).getByTestId('audit-actor')).toHaveTextContent('por Bruno Silva');
    expect(within(second!).getByTestId('audit-details')).toHaveTextContent(/Fuso horário\s*UTC → America\/Sao_Paulo/);
    expect(within(second!).getByTestId('audit-details')).toHaveTextContent(/Bot ligado\s*não → sim/);
    expect(screen.getByTestId('audit-count')).toHaveTextContent('2 registros');
    expect(await axeViolations()).toEqual([]);
  });

  it('filters by action, person and whole days of the company, kept in the address', async () => {
    await renderAt('/admin/audit?action=connection.update&actor=me&from=2026-03-01&to=2026-03-02');
    await screen.findAllByTestId('audit-entry');
    expect(Object.fromEntries(asked[0]!)).toEqual({
      action: 'connection.update',
      actorId: 'me',
      from: '2026-03-01T03:00:00.000Z',
      to: '2026-03-03T03:00:00.000Z',
      page: '0',
      size: String(AUDIT_PAGE),
    });
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('connection.update');
    const who = screen.getByRole('combobox', { name: 'Who' });
    await waitFor(() => expect(who).toHaveValue('me'));
    expect(within(who).getByRole('option', { name: 'Ana Admin (you)' })).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-03-02');
    expect(screen.getByText(/Days in the company's time zone \(America\/Sao Paulo\)/)).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'Quick reply deleted');
    await userEvent.selectOptions(who, 'Anyone');
    await waitFor(() =>
      expect(screen.getByTestId('address')).toHaveTextContent('?action=quick-reply.delete&from=2026-03-01&to=2026-03-02'),
    );
    await waitFor(() => expect(asked.at(-1)?.get('action')).toBe('quick-reply.delete'));
    expect(asked.at(-1)?.has('actorId')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getByTestId('address')).toBeEmptyDOMElement());
    await waitFor(() => expect([...asked.at(-1)!.keys()]).toEqual(['page', 'size']));
    expect(await axeViolations()).toEqual([]);
  });

  it('loads older entries page by page, each once', async () => {
    answer = (query) =>
      query.get('page') === '0'
        ? json(Array.from({ length: AUDIT_PAGE }, (_, i) => older(1000 - i)))
        : json([older(1000 - AUDIT_PAGE + 1), older(1), { ...settings, id: 0 }]);
    await renderAt('/admin/audit');
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(AUDIT_PAGE));
    // an action the catalogs do not know is shown as recorded
    expect(screen.getAllByText('future.action')).toHaveLength(AUDIT_PAGE);
    expect(screen.getByTestId('audit-count')).toHaveTextContent('The 50 newest entries');
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    // the entry that moved down a page while reading is not shown twice
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(AUDIT_PAGE + 2));
    expect(asked.map((q) => q.get('page'))).toEqual(['0', '1']);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByTestId('audit-count')).toHaveTextContent('52 entries');
  });

  it('says on the To field that a period cannot end before it starts, and asks nothing', async () => {
    await renderAt('/admin/audit?from=2026-03-05&to=2026-03-01', 'pt-BR');
    await waitFor(() => expect(screen.getByLabelText('Até')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('Não pode ser antes da data inicial')).toBeInTheDocument();
    expect(asked).toEqual([]);
    expect(screen.queryByTestId('audit-entry')).not.toBeInTheDocument();
  });

  it('puts the service refusing a date on its field', async () => {
    answer = () =>
      json(
        {
          status: 400,
          title: 'Bad Request',
          detail: 'The request is not valid',
          violations: [{ field: 'from', message: 'must be a date and time with its offset, such as 2026-03-01T00:00:00Z' }],
        },
        400,
      );
    await renderAt('/admin/audit?from=2026-03-01');
    await waitFor(() => expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('To')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('audit-count')).toBeEmptyDOMElement();
  });
});
