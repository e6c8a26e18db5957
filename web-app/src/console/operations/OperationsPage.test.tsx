import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { configureApi } from '../../api/client';
import { AUDIT_PAGE } from '../../admin/audit/api';
import { axeViolations } from '../../test/axe';
import { renderWithApp } from '../../test/render';
import { fakePlatform, json, problem, staff, type Handler } from '../testPlatform';
import { localInput, replayRequest } from './ReplayPanel';
import OperationsPage from './OperationsPage';

vi.mock('../../api/auth', () => import('../../test/signedIn'));

const ACME = 'a0000000-0000-4000-8000-000000000001';
const GLOBEX = 'b0000000-0000-4000-8000-000000000002';
const CONNECTION = 'c0000000-0000-4000-8000-000000000003';

let platform: ReturnType<typeof fakePlatform>;
let routes: Record<string, Handler>;
let credentials: { currentKeyVersion: number; connectionsByKeyVersion: Record<string, number> };
let polls: number;

const entry = (id: number, tenantId: string | null, action: string, more: Record<string, unknown> = {}) => ({
  id,
  tenantId,
  actorId: 'u1',
  actorName: 'acme-admin',
  action,
  target: tenantId ? `tenant:${tenantId}` : 'replay:1',
  details: null,
  summary: null,
  at: '2026-12-01T15:00:00Z',
  ...more,
});

beforeEach(() => {
  credentials = { currentKeyVersion: 2, connectionsByKeyVersion: { '1': 3, '2': 5 } };
  polls = 0;
  routes = {
    'GET /api/admin/credentials': () => json(credentials),
    'POST /api/admin/credentials/rotate': () => {
      credentials = { currentKeyVersion: 2, connectionsByKeyVersion: { '2': 8 } };
      return json({ rotated: 3, ...credentials });
    },
    'POST /api/admin/webhooks/replay/count': ({ body }) => json({ count: 42, ...(body as object) }),
    'POST /api/admin/webhooks/replay': ({ body }) =>
      json({ id: 'job-1', state: 'RUNNING', connectionId: null, scanned: 0, replayedWebhooks: 0, publishedEvents: 0, failure: null, ...(body as object) }, 202),
    'GET /api/admin/webhooks/replay/job-1': () => {
      polls++;
      return json({
        id: 'job-1',
        state: polls > 1 ? 'DONE' : 'RUNNING',
        from: '2026-12-01T10:00:00Z',
        to: '2026-12-01T11:00:00Z',
        connectionId: CONNECTION,
        scanned: polls > 1 ? 50 : 10,
        replayedWebhooks: polls > 1 ? 42 : 8,
        publishedEvents: polls > 1 ? 40 : 7,
        failure: null,
      });
    },
    'GET /api/admin/tenants': () =>
      json([
        { id: ACME, slug: 'acme', name: 'Acme', status: 'ACTIVE' },
        { id: GLOBEX, slug: 'globex', name: 'Globex', status: 'ACTIVE' },
      ]),
    'GET /api/audit': ({ query }) => {
      const all = [
        entry(3, GLOBEX, 'tenant.suspend', { details: { reason: 'Unpaid' }, actorName: 'platform', actorId: staff.userId }),
        entry(2, ACME, 'agent.create', { target: 'user:u9' }),
        entry(1, null, 'webhooks.replay', { actorName: 'platform' }),
      ];
      const tenantId = query.get('tenantId');
      return json(all.filter((e) => (!tenantId || e.tenantId === tenantId) && (!query.get('action') || e.action === query.get('action'))));
    },
  };
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.search}</output>;
}

function renderOperations(path = '/console/operations', language = 'en') {
  platform = fakePlatform(routes);
  configureApi('http://edge');
  vi.stubGlobal('fetch', platform.fetch);
  return renderWithApp(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="/console/operations"
          element={
            <>
              <OperationsPage />
              <Address />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
    { language, identity: staff },
  );
}

const region = (name: string) => screen.getByRole('region', { name });

describe('operations', { timeout: 30_000 }, () => {
  it('shows the key versions and re-encrypts after asking', async () => {
    await renderOperations();
    const panel = region('Credentials encryption key');
    await waitFor(() => expect(within(panel).getByTestId('credentials-current')).toHaveTextContent('Current key version: 2'));
    expect(within(panel).getAllByRole('row').map((r) => r.textContent)).toEqual(['Key versionNumbers', '2 (current)5', '13']);
    expect(within(panel).getByTestId('credentials-older')).toHaveTextContent('3 numbers are still under an older key.');
    await userEvent.click(within(panel).getByRole('button', { name: 'Re-encrypt with the current key' }));
    const confirm = await screen.findByRole('dialog', { name: 'Re-encrypt the numbers\' secrets?' });
    expect(confirm).toHaveTextContent("3 numbers' secrets are re-encrypted with key version 2.");
    expect(platform.to('POST', '/api/admin/credentials/rotate')).toEqual([]);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Re-encrypt with the current key' }));
    expect(await within(panel).findByRole('status')).toHaveTextContent('3 numbers were re-encrypted.');
    expect(within(panel).getByTestId('credentials-older')).toHaveTextContent('Every number is under the current key.');
    expect(within(panel).getByRole('button', { name: 'Re-encrypt with the current key' })).toBeDisabled();
    expect(await axeViolations()).toEqual([]);
  });

  it('counts the webhooks of a period first, replays them once confirmed, and follows the replay', async () => {
    await renderOperations();
    const panel = region('Replay received webhooks');
    const from = within(panel).getByLabelText(/^From/);
    const to = within(panel).getByLabelText(/^To/);
    await userEvent.clear(from);
    await userEvent.type(from, '2026-12-01T10:00');
    await userEvent.clear(to);
    await userEvent.type(to, '2026-12-09T10:00');
    await userEvent.type(within(panel).getByRole('textbox', { name: /Number id/ }), 'not-an-id');
    await userEvent.click(within(panel).getByRole('button', { name: 'Count the webhooks' }));
    // more than 7 days, an id that is none: said on their fields, nothing asked
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(within(panel).getByText('At most 7 days after the start')).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: /Number id/ })).toHaveAttribute('aria-invalid', 'true');
    expect(platform.calls.filter((c) => c.path.includes('replay'))).toEqual([]);

    await userEvent.clear(to);
    await userEvent.type(to, '2026-12-01T11:00');
    const id = within(panel).getByRole('textbox', { name: /Number id/ });
    await userEvent.clear(id);
    await userEvent.type(id, CONNECTION);
    await userEvent.click(within(panel).getByRole('button', { name: 'Count the webhooks' }));
    const confirm = await within(panel).findByTestId('replay-confirm');
    expect(confirm).toHaveTextContent('42 webhooks will be replayed.');
    const counted = platform.to('POST', '/api/admin/webhooks/replay/count')[0]!.body as Record<string, string>;
    expect(counted).toEqual({ from: new Date('2026-12-01T10:00').toISOString(), to: new Date('2026-12-01T11:00').toISOString(), connectionId: CONNECTION });
    expect(platform.to('POST', '/api/admin/webhooks/replay')).toEqual([]);
    expect(await axeViolations()).toEqual([]);

    await userEvent.click(within(confirm).getByRole('button', { name: 'Replay' }));
    expect(platform.to('POST', '/api/admin/webhooks/replay')[0]?.body).toEqual(counted);
    const job = await within(panel).findByTestId('replay-job');
    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent('?replay=job-1'));
    // asked again while it runs, until it is done
    await waitFor(() => expect(within(job).getByTestId('replay-state')).toHaveTextContent('Done'), { timeout: 5000 });
    expect(within(job).getByTestId('replay-progress')).toHaveTextContent('50 read, 42 webhooks replayed, 40 events published');
  });

  it('replays after saying the platform cannot count yet, and puts the gateway\'s refusal on its field', async () => {
    delete routes['POST /api/admin/webhooks/replay/count'];
    routes['POST /api/admin/webhooks/replay'] = () => problem(422, 'from must be before to, at most 7 days apart');
    await renderOperations('/console/operations', 'pt-BR');
    const panel = region('Reprocessar webhooks recebidos');
    await userEvent.click(within(panel).getByRole('button', { name: 'Contar os webhooks' }));
    const confirm = await within(panel).findByTestId('replay-confirm');
    expect(confirm).toHaveTextContent('A plataforma ainda não consegue contar os webhooks deste período.');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Reprocessar' }));
    await waitFor(() => expect(within(panel).getByLabelText(/^Até/)).toHaveAttribute('aria-invalid', 'true'));
    expect(within(panel).getByText('No máximo 7 dias depois do início')).toBeInTheDocument();
  });

  it('reads the audit log of every company, each entry saying its company, filtered by company in the address', async () => {
    await renderOperations();
    const panel = region('Audit log of every company');
    const entries = await within(panel).findAllByTestId('audit-entry');
    expect(entries).toHaveLength(3);
    expect(within(entries[0]!).getByTestId('audit-action')).toHaveTextContent('Company suspended');
    await waitFor(() => expect(within(entries[0]!).getByTestId('audit-company')).toHaveTextContent('Company: Globex'));
    expect(within(entries[0]!).getByRole('link', { name: 'Globex' })).toHaveAttribute('href', `/console/tenants/${GLOBEX}`);
    expect(within(entries[0]!).getByTestId('audit-details')).toHaveTextContent(/Reason\s*Unpaid/);
    expect(within(entries[1]!).getByTestId('audit-company')).toHaveTextContent('Company: Acme');
    expect(within(entries[2]!).getByTestId('audit-company')).toHaveTextContent('Company: the platform');
    expect(within(entries[2]!).getByTestId('audit-action')).toHaveTextContent('Webhooks replayed');
    expect(platform.to('GET', '/api/audit')[0]?.query.get('size')).toBe(String(AUDIT_PAGE));
    expect(await axeViolations()).toEqual([]);

    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Company' }), 'Acme');
    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent(`?tenant=${ACME}`));
    await waitFor(() => expect(within(panel).getAllByTestId('audit-entry')).toHaveLength(1));
    expect(platform.to('GET', '/api/audit').at(-1)?.query.get('tenantId')).toBe(ACME);
    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Action' }), 'Company suspended');
    await waitFor(() => expect(within(panel).getByTestId('audit-count')).toHaveTextContent('No entries match these filters.'));
    await userEvent.click(within(panel).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(within(panel).getAllByTestId('audit-entry')).toHaveLength(3));
    expect(screen.getByTestId('address')).toBeEmptyDOMElement();
  });

  it('opens on a company\'s entries, with a person and days from the address', async () => {
    await renderOperations(`/console/operations?tenant=${GLOBEX}&actor=u1&from=2026-12-01&to=2026-12-01`);
    const panel = region('Audit log of every company');
    await within(panel).findAllByTestId('audit-entry');
    const asked = platform.to('GET', '/api/audit')[0]!.query;
    expect(asked.get('tenantId')).toBe(GLOBEX);
    expect(asked.get('actorId')).toBe('u1');
    expect(asked.get('from')).toMatch(/^2026-12-0[12]T/);
    expect(within(panel).getByRole('textbox', { name: /Who/ })).toHaveValue('u1');
  });
});

describe('replay form', () => {
  const t = (key: string) => key;
  it('sends instants, and refuses a backwards or too long period', () => {
    const at = Date.UTC(2026, 11, 1, 10, 0);
    expect(replayRequest({ from: localInput(at), to: localInput(at + 3600_000), connectionId: '' }, t)).toEqual({
      request: { from: '2026-12-01T10:00:00.000Z', to: '2026-12-01T11:00:00.000Z' },
    });
    expect(replayRequest({ from: localInput(at), to: localInput(at), connectionId: '' }, t)).toEqual({
      errors: { to: 'console.replay.toBeforeFrom' },
    });
    expect(replayRequest({ from: localInput(at), to: localInput(at + 8 * 86_400_000), connectionId: '' }, t)).toEqual({
      errors: { to: 'console.replay.tooLong' },
    });
    expect(replayRequest({ from: '', to: '', connectionId: 'x' }, t)).toEqual({
      errors: { from: 'validation.required', to: 'validation.required', connectionId: 'console.replay.badConnection' },
    });
  });
});
