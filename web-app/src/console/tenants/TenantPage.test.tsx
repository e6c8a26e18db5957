import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { configureApi } from '../../api/client';
import { axeViolations } from '../../test/axe';
import { renderWithApp } from '../../test/render';
import { fakePlatform, json, problem, staff, type Handler } from '../testPlatform';
import TenantPage from './TenantPage';

vi.mock('../../api/auth', () => import('../../test/signedIn'));

const ID = 't0000000-0000-4000-8000-000000000007';
const GIB = 1024 ** 3;

let tenant: Record<string, unknown>;
let platform: ReturnType<typeof fakePlatform>;
let extra: Record<string, Handler>;

function start() {
  platform = fakePlatform({
    [`GET /api/admin/tenants/${ID}`]: () => json(tenant),
    [`GET /api/admin/tenants/${ID}/overview`]: () =>
      json({
        tenantId: ID,
        status: tenant['status'],
        connections: 2,
        maxConnections: 3,
        agents: 10,
        maxAgents: 10,
        messagesThisMonth: 1234,
        messagesPerMonth: 10000,
        mediaBytes: null,
        mediaQuotaBytes: 5 * GIB,
        mediaRetentionDays: 90,
      }),
    [`PATCH /api/admin/tenants/${ID}`]: ({ body }) => {
      const changes = body as Record<string, number>;
      if (changes['mediaQuotaBytes'] === 0) {
        return problem(400, 'The request is not valid', [
          { field: 'mediaQuotaBytes', message: 'must be a number of bytes, 1 or more (5 GiB is 5368709120)' },
        ]);
      }
      tenant = { ...tenant, limits: { ...(tenant['limits'] as object), ...changes } };
      return json(tenant);
    },
    [`POST /api/admin/tenants/${ID}/suspend`]: ({ body }) => {
      tenant = { ...tenant, status: 'SUSPENDED', statusReason: (body as { reason: string }).reason };
      return json(tenant);
    },
    [`POST /api/admin/tenants/${ID}/reactivate`]: () => {
      tenant = { ...tenant, status: 'ACTIVE', statusReason: undefined };
      return json(tenant);
    },
    [`DELETE /api/admin/tenants/${ID}`]: () => {
      tenant = { ...tenant, status: 'DELETED', deletedAt: '2026-12-01T10:00:00Z' };
      return json(undefined, 204);
    },
    [`POST /api/admin/tenants/${ID}/purge`]: ({ body }) => {
      if ((body as { confirmSlug: string }).confirmSlug !== 'initech') return problem(422, "confirmSlug does not match the tenant's slug");
      tenant = { ...tenant, status: 'PURGED', name: '(purged)' };
      return json(tenant);
    },
    'GET /api/audit': () =>
      json([
        {
          id: 5,
          tenantId: ID,
          actorId: staff.userId,
          actorName: 'platform',
          action: 'tenant.update',
          target: `tenant:${ID}`,
          details: { maxAgents: [5, 10] },
          at: '2026-12-01T09:00:00Z',
        },
      ]),
    ...extra,
  });
  configureApi('http://edge');
  vi.stubGlobal('fetch', platform.fetch);
}

beforeEach(() => {
  tenant = {
    id: ID,
    slug: 'initech',
    name: 'Initech',
    domains: ['initech.example'],
    status: 'ACTIVE',
    limits: { maxConnections: 3, maxAgents: 10, messagesPerMonth: 10000, apiRequestsPerMinute: 0, mediaQuotaBytes: 5 * GIB, mediaRetentionDays: 90 },
    createdAt: '2026-11-02T12:00:00Z',
  };
  extra = {
    'GET /api/admin/connections': ({ query }) =>
      json(
        query.get('tenantId') === ID
          ? [
              { id: 'c1', name: 'Sales', type: 'CLOUD_API', state: 'OPEN', stateReason: null, enabled: true, phoneNumber: '+55 11 4000-0000', disconnectionsLast7Days: 0 },
              { id: 'c2', name: 'Support', type: 'EVOLUTION', state: 'CLOSED', stateReason: 'Logged out on the phone', enabled: true, disconnectionsLast7Days: 4 },
            ]
          : [],
      ),
    [`GET /api/admin/tenants/${ID}/agents`]: () =>
      json([
        { id: 'u1', username: 'ana', email: 'ana@initech.example', firstName: 'Ana', lastName: 'Lima', role: 'tenant-admin', enabled: true, mustChangePassword: false, lastSignInAt: '2026-12-01T12:00:00Z' },
        { id: 'u2', username: 'bruno', firstName: 'Bruno', lastName: 'Dias', role: 'agent', enabled: false, mustChangePassword: true },
      ]),
    'GET /api/admin/messages/summary': () =>
      json({
        received: 800,
        sent: 1200,
        failed: 7,
        failedByErrorCode: [
          { code: '131026', title: 'Message undeliverable', count: 2 },
          { code: '131047', title: 'Re-engagement message', count: 5 },
        ],
        automationDeadLetters: 1,
        outboxBacklog: 0,
        sendQueueBacklog: 0,
      }),
  };
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderTenant(language = 'en') {
  start();
  return renderWithApp(
    <MemoryRouter initialEntries={[`/console/tenants/${ID}`]}>
      <Routes>
        <Route path="/console/tenants/:id" element={<TenantPage />} />
      </Routes>
    </MemoryRouter>,
    { language, identity: staff },
  );
}

const region = (name: string) => screen.getByRole('region', { name });

describe("a company's page", { timeout: 30_000 }, () => {
  it('shows its status, usage beside its limits, its numbers\' health, counts of its messages and its audit — never contents', async () => {
    await renderTenant();
    expect(await screen.findByRole('heading', { level: 1, name: 'Initech' })).toBeInTheDocument();
    expect(screen.getByTestId('tenant-status')).toHaveTextContent('Active');
    expect(screen.getByTestId('tenant-slug')).toHaveTextContent('initech · initech.example');

    await waitFor(() => expect(screen.getByTestId('usage-numbers-text')).toHaveTextContent('2 of 3'));
    expect(screen.getByTestId('usage-people-text')).toHaveTextContent('10 of 10');
    expect(screen.getByTestId('usage-messages-text')).toHaveTextContent('1,234 of 10,000');
    // message-service did not answer: said, not shown as zero
    expect(screen.getByTestId('usage-media-text')).toHaveTextContent('Not known right now (limit 5 GiB)');
    expect(region('Usage')).toHaveTextContent('Media files are kept 90 days.');

    const numbers = await within(region('Numbers and their health')).findAllByTestId('tenant-number');
    expect(numbers[0]).toHaveTextContent('Sales');
    expect(numbers[0]).toHaveTextContent('WhatsApp Cloud API (Meta) · +55 11 4000-0000');
    expect(within(numbers[0]!).getByTestId('number-state')).toHaveTextContent('Connected');
    expect(within(numbers[1]!).getByTestId('number-state')).toHaveTextContent('Disconnected');
    expect(within(numbers[1]!).getByTestId('number-disconnections')).toHaveTextContent('4 disconnections in 7 days');
    expect(platform.to('GET', '/api/admin/connections')[0]?.query.get('tenantId')).toBe(ID);

    const people = await within(region('People')).findAllByTestId('tenant-person');
    expect(people[0]).toHaveTextContent('Ana Lima');
    expect(within(people[0]!).getByTestId('person-role')).toHaveTextContent('Admin');
    expect(within(people[0]!).getByTestId('person-last-sign-in')).toHaveTextContent(/^Last signed in/);
    expect(within(people[1]!).getByTestId('person-status')).toHaveTextContent('Disabled');
    expect(within(people[1]!).getByTestId('person-last-sign-in')).toHaveTextContent('Has not signed in yet');
    expect(within(people[1]!).getByTestId('person-invited')).toBeInTheDocument();
    expect(within(region('People')).queryByRole('button')).not.toBeInTheDocument();

    const messages = region('Messages this month');
    await waitFor(() => expect(within(messages).getByTestId('figure-received')).toHaveTextContent('800'));
    expect(within(messages).getByTestId('figure-sent')).toHaveTextContent('1,200');
    expect(within(messages).getByTestId('figure-failed')).toHaveTextContent('7');
    const codes = within(messages).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(codes).toEqual(['131047Re-engagement message5', '131026Message undeliverable2']);
    const summary = platform.to('GET', '/api/admin/messages/summary')[0]!.query;
    expect(summary.get('tenantId')).toBe(ID);
    expect(summary.get('from')).toMatch(/^\d{4}-\d{2}-01$/);
    expect(summary.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const audit = region('Recent audit log');
    const entry = await within(audit).findByTestId('audit-entry');
    expect(entry).toHaveTextContent("Company's plan or details changed");
    expect(within(entry).getByTestId('audit-target')).toHaveTextContent('Company: Initech');
    expect(platform.to('GET', '/api/audit')[0]?.query.get('tenantId')).toBe(ID);

    // platform staff never get to a company's conversations or messages
    expect(screen.queryByRole('link', { name: /inbox|conversation/i })).not.toBeInTheDocument();
    expect(platform.calls.filter((c) => /conversations|\/messages\/[^s]/.test(c.path))).toEqual([]);
    expect(await axeViolations()).toEqual([]);
  });

  it('says "not available" where the platform does not offer the new figures yet', async () => {
    extra = {};
    await renderTenant('pt-BR');
    await screen.findByRole('heading', { level: 1, name: 'Initech' });
    await waitFor(() => expect(within(region('Números e sua saúde')).getByTestId('not-available')).toBeInTheDocument());
    await waitFor(() => expect(within(region('Mensagens neste mês')).getByTestId('not-available')).toHaveTextContent('Ainda não disponível'));
    // the rest of the page works
    await waitFor(() => expect(screen.getByTestId('usage-numbers-text')).toHaveTextContent('2 de 3'));
    expect(await axeViolations()).toEqual([]);
  });

  it('changes a limit, sending only what changed, and puts a refused value on its field', async () => {
    await renderTenant();
    await screen.findByRole('heading', { level: 1, name: 'Initech' });
    const plan = region('Plan limits');
    const people = within(plan).getByRole('textbox', { name: /People/ });
    // more than the service takes is brought back to its maximum
    await userEvent.clear(people);
    await userEvent.type(people, '200000');
    await userEvent.tab();
    expect(people).toHaveValue('100,000');
    const media = within(plan).getByRole('textbox', { name: /Media storage/ });
    await userEvent.clear(media);
    await userEvent.type(media, '0');
    await userEvent.click(within(plan).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(media).toHaveAttribute('aria-invalid', 'true'));
    expect(within(plan).getByText('More than 0')).toBeInTheDocument();
    expect(platform.to('PATCH', `/api/admin/tenants/${ID}`).at(-1)?.body).toEqual({ maxAgents: 100000, mediaQuotaBytes: 0 });

    await userEvent.clear(media);
    await userEvent.type(media, '5');
    await userEvent.clear(people);
    await userEvent.type(people, '25');
    await userEvent.click(within(plan).getByRole('button', { name: 'Save' }));
    expect(await within(region('Plan limits')).findByText('The plan was saved.')).toBeInTheDocument();
    expect(platform.to('PATCH', `/api/admin/tenants/${ID}`).at(-1)?.body).toEqual({ maxAgents: 25 });
    expect(within(region('Plan limits')).getByRole('textbox', { name: /People/ })).toHaveValue('25');
  });

  it('suspends with a reason its people are shown, then reactivates', async () => {
    await renderTenant();
    await screen.findByRole('heading', { level: 1, name: 'Initech' });
    await userEvent.click(within(region('Status')).getByRole('button', { name: 'Suspend' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend Initech?' });
    const reason = within(dialog).getByRole('textbox', { name: /Reason/ });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    // the reason is asked for
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(platform.to('POST', /\/suspend$/)).toEqual([]);
    expect(await axeViolations()).toEqual([]);
    await userEvent.type(reason, 'Invoice 2026-11 unpaid');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(screen.getByTestId('tenant-status')).toHaveTextContent('Suspended'));
    expect(platform.to('POST', /\/suspend$/)[0]?.body).toEqual({ reason: 'Invoice 2026-11 unpaid' });
    expect(screen.getByTestId('tenant-reason')).toHaveTextContent('Reason shown to its people: Invoice 2026-11 unpaid');
    expect(within(region('Status')).getByRole('status')).toHaveTextContent('Initech is suspended.');

    await userEvent.click(within(region('Status')).getByRole('button', { name: 'Reactivate' }));
    const confirm = await screen.findByRole('dialog', { name: 'Reactivate Initech?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Reactivate' }));
    await waitFor(() => expect(screen.getByTestId('tenant-status')).toHaveTextContent('Active'));
    expect(screen.queryByTestId('tenant-reason')).not.toBeInTheDocument();
  });

  it('deletes, then purges only once the slug is typed', async () => {
    await renderTenant();
    await screen.findByRole('heading', { level: 1, name: 'Initech' });
    await userEvent.click(within(region('Status')).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete Initech?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByTestId('tenant-status')).toHaveTextContent('Deleted'));
    // a deleted company's plan is not changed any more
    expect(region('Plan limits')).toHaveTextContent("A deleted company's plan cannot be changed.");

    await userEvent.click(within(region('Status')).getByRole('button', { name: 'Purge now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Purge Initech now?' });
    const typed = within(dialog).getByRole('textbox', { name: 'Type its slug, initech, to confirm' });
    const purge = within(dialog).getByRole('button', { name: 'Purge now' });
    expect(purge).toBeDisabled();
    await userEvent.type(typed, 'initec');
    expect(purge).toBeDisabled();
    expect(await axeViolations()).toEqual([]);
    await userEvent.type(typed, 'h');
    expect(purge).toBeEnabled();
    await userEvent.click(purge);
    await waitFor(() => expect(screen.getByTestId('tenant-status')).toHaveTextContent('Purged'));
    expect(platform.to('POST', /\/purge$/)[0]?.body).toEqual({ confirmSlug: 'initech' });
    expect(screen.queryByRole('button', { name: 'Purge now' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Plan limits' })).not.toBeInTheDocument();
  });

  it("says when a company cannot be read", async () => {
    extra = { [`GET /api/admin/tenants/${ID}`]: () => problem(404, 'Tenant not found') };
    await renderTenant();
    expect(await screen.findByText('This no longer exists.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All companies' })).toHaveAttribute('href', '/console/tenants');
  });
});
