import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { configureApi } from '../../api/client';
import { axeViolations } from '../../test/axe';
import { renderWithApp } from '../../test/render';
import ConsolePage from '../ConsolePage';
import { fakePlatform, json, problem, staff } from '../testPlatform';
import { TENANTS_PAGE } from './api';
import { domainsFrom, slugFrom } from './NewTenantDialog';

vi.mock('../../api/auth', () => import('../../test/signedIn'));

const tenant = (n: number, more: Record<string, unknown> = {}) => ({
  id: `t0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  slug: `company-${n}`,
  name: `Company ${n}`,
  domains: [],
  status: 'ACTIVE',
  limits: { maxConnections: 3, maxAgents: 10, messagesPerMonth: 10000, apiRequestsPerMinute: 0, mediaQuotaBytes: 5 * 1024 ** 3, mediaRetentionDays: 0 },
  createdAt: '2026-11-02T12:00:00Z',
  ...more,
});

let all: ReturnType<typeof tenant>[];
let platform: ReturnType<typeof fakePlatform>;

beforeEach(() => {
  all = [
    tenant(1, { name: 'Acme', slug: 'acme', domains: ['acme.example'] }),
    tenant(2, { name: 'Globex', slug: 'globex', status: 'SUSPENDED', statusReason: 'Unpaid invoice' }),
  ];
  platform = fakePlatform({
    'GET /api/admin/tenants': ({ query }) => {
      const q = query.get('q')?.toLowerCase() ?? '';
      const status = query.get('status');
      const page = Number(query.get('page'));
      const size = Number(query.get('size'));
      const found = all.filter((t) => (!q || t.name.toLowerCase().includes(q) || t.slug.includes(q)) && (!status || t.status === status));
      return json(found.slice(page * size, page * size + size));
    },
    'POST /api/admin/tenants': ({ body }) => {
      const asked = body as { slug: string; name: string };
      if (asked.slug === 'acme') return problem(409, "The slug 'acme' is already in use");
      if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(asked.slug)) {
        return problem(400, 'The request is not valid', [
          { field: 'slug', message: 'must be 1-63 lowercase letters, digits or hyphens, not starting or ending with a hyphen' },
        ]);
      }
      const created = tenant(all.length + 1, { ...(body as object) });
      all = [...all, created];
      return json(created, 201);
    },
    'POST /api/admin/tenants/[^/]+/admins': ({ body }) => {
      const asked = body as { password?: string; username: string; firstName: string; lastName: string; email: string };
      if (asked.password !== undefined && asked.password.length < 8) {
        return problem(400, 'The request is not valid', [{ field: 'password', message: 'must be 8 to 128 characters' }]);
      }
      return json({ id: 'u1', ...asked, role: 'tenant-admin', enabled: true }, 201);
    },
  });
  configureApi('http://edge');
  vi.stubGlobal('fetch', platform.fetch);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.pathname + location.search}</output>;
}

function renderConsole(path = '/console', language = 'en') {
  return renderWithApp(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="/console/*"
          element={
            <>
              <ConsolePage />
              <Address />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
    { language, identity: staff },
  );
}

const rows = () => screen.getAllByTestId('tenant-row');
// the console's pages are loaded on demand: the first one takes a while in jsdom
const listed = (count: number) => waitFor(() => expect(rows()).toHaveLength(count), { timeout: 10_000 });

describe('companies', { timeout: 30_000 }, () => {
  it('starts on the companies: their status, plan and reason of a suspension, under the console\'s sections', async () => {
    await renderConsole();
    await listed(2);
    expect(screen.getByTestId('address')).toHaveTextContent('/console/tenants');
    const sections = screen.getByRole('navigation', { name: 'Console' });
    expect(within(sections).getAllByRole('link').map((a) => a.textContent)).toEqual(['Companies', 'Dashboard', 'Operations']);
    expect(screen.getByRole('heading', { level: 1, name: 'Companies' })).toBeInTheDocument();
    const globex = rows()[1]!;
    expect(within(globex).getByRole('link', { name: 'Globex' })).toHaveAttribute('href', '/console/tenants/t0000000-0000-4000-8000-000000000002');
    expect(within(globex).getByTestId('tenant-status')).toHaveTextContent('Suspended');
    expect(globex).toHaveTextContent('Reason shown to its people: Unpaid invoice');
    expect(rows()[0]).toHaveTextContent('acme · acme.example');
    expect(rows()[0]).toHaveTextContent('Plan: 3 numbers, 10 people');
    expect(screen.getByTestId('tenants-count')).toHaveTextContent('Companies 1 to 2');
    // one page only: no paging
    expect(screen.queryByRole('navigation', { name: 'Pages of companies' })).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('searches and filters by status, both kept in the address, in Portuguese', async () => {
    await renderConsole('/console/tenants?status=SUSPENDED', 'pt-BR');
    await listed(1);
    expect(rows()[0]).toHaveTextContent('Globex');
    expect(within(rows()[0]!).getByTestId('tenant-status')).toHaveTextContent('Suspensa');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('SUSPENDED');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Qualquer status');
    await waitFor(() => expect(rows()).toHaveLength(2));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Buscar por nome ou slug' }), 'acm');
    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent('/console/tenants?q=acm'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('Acme');
    expect(platform.to('GET', '/api/admin/tenants').at(-1)?.query.get('q')).toBe('acm');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Buscar por nome ou slug' }), 'zzz{Enter}');
    expect(await screen.findByText('Nenhuma empresa corresponde.')).toBeInTheDocument();
  });

  it('pages through the list: "next" only while a page is full', async () => {
    all = Array.from({ length: TENANTS_PAGE + 3 }, (_, i) => tenant(i + 1));
    await renderConsole('/console/tenants');
    await listed(TENANTS_PAGE);
    const pages = screen.getByRole('navigation', { name: 'Pages of companies' });
    expect(within(pages).getByRole('button', { name: 'Previous' })).toBeDisabled();
    await userEvent.click(within(pages).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.getByTestId('address')).toHaveTextContent('/console/tenants?page=2');
    expect(screen.getByTestId('tenants-count')).toHaveTextContent(`Companies ${TENANTS_PAGE + 1} to ${TENANTS_PAGE + 3}`);
    expect(within(pages).getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(platform.to('GET', '/api/admin/tenants').at(-1)?.query.get('page')).toBe('1');
    await userEvent.click(within(pages).getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(rows()).toHaveLength(TENANTS_PAGE));
  });

  it('creates a company with the default plan, a taken slug said on its field, then its first admin with a temporary password', async () => {
    await renderConsole('/console/tenants');
    await listed(2);
    await userEvent.click(screen.getByRole('button', { name: 'New company' }));
    const dialog = await screen.findByRole('dialog', { name: 'New company' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Company name/ }), 'Acme');
    const slug = within(dialog).getByRole('textbox', { name: /Slug/ });
    // the slug follows the name until typed
    expect(slug).toHaveValue('acme');
    expect(within(dialog).getByRole('textbox', { name: /^Numbers/ })).toHaveValue('3');
    expect(within(dialog).getByRole('textbox', { name: /People/ })).toHaveValue('10');
    expect(within(dialog).getByRole('textbox', { name: /Messages per month/ })).toHaveValue('10,000');
    expect(within(dialog).getByRole('textbox', { name: /Media storage/ })).toHaveValue('5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the company' }));
    await waitFor(() => expect(slug).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText('This slug is already in use: choose another')).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);

    await userEvent.clear(slug);
    await userEvent.type(slug, 'acme-brasil');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Domains/ }), 'acme.com.br, Acme.example');
    const agents = within(dialog).getByRole('textbox', { name: /People/ });
    await userEvent.clear(agents);
    await userEvent.type(agents, '25');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the company' }));
    const adminStep = await screen.findByRole('dialog', { name: 'Its first admin' });
    expect(platform.to('POST', '/api/admin/tenants').at(-1)?.body).toEqual({
      slug: 'acme-brasil',
      name: 'Acme',
      domains: ['acme.com.br', 'acme.example'],
      limits: { maxConnections: 3, maxAgents: 25, messagesPerMonth: 10000, mediaQuotaBytes: 5 * 1024 ** 3, mediaRetentionDays: 0 },
    });

    await userEvent.type(within(adminStep).getByRole('textbox', { name: 'First name' }), 'Ana');
    await userEvent.type(within(adminStep).getByRole('textbox', { name: 'Last name' }), 'Souza');
    await userEvent.type(within(adminStep).getByRole('textbox', { name: 'E-mail' }), 'ana@acme.example');
    await userEvent.type(within(adminStep).getByRole('textbox', { name: /Username/ }), 'Ana.Souza');
    await userEvent.click(within(adminStep).getByRole('radio', { name: 'Set a temporary password' }));
    const password = within(adminStep).getByLabelText(/Temporary password/);
    await userEvent.type(password, 'short');
    await userEvent.click(within(adminStep).getByRole('button', { name: 'Add with this password' }));
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(within(adminStep).getByText('8 to 128 characters')).toBeInTheDocument();
    await userEvent.type(password, '-but-longer');
    await userEvent.click(within(adminStep).getByRole('button', { name: 'Add with this password' }));

    const notice = await screen.findByTestId('tenant-created');
    expect(notice).toHaveTextContent('Acme was created.');
    expect(notice).toHaveTextContent('Ana Souza was added with a temporary password');
    expect(within(notice).getByRole('link', { name: 'Open Acme' })).toHaveAttribute('href', '/console/tenants/t0000000-0000-4000-8000-000000000003');
    const admin = platform.to('POST', /\/admins$/).at(-1)!;
    expect(admin.path).toBe('/api/admin/tenants/t0000000-0000-4000-8000-000000000003/admins');
    expect(admin.body).toEqual({
      firstName: 'Ana',
      lastName: 'Souza',
      email: 'ana@acme.example',
      username: 'ana.souza',
      role: 'tenant-admin',
      password: 'short-but-longer',
      temporaryPassword: true,
    });
    // the list shows the new company
    await waitFor(() => expect(rows()).toHaveLength(3));
  });

  it('says what is missing before sending, and leaves the admin for later', async () => {
    await renderConsole('/console/tenants');
    await listed(2);
    await userEvent.click(screen.getByRole('button', { name: 'New company' }));
    const dialog = await screen.findByRole('dialog', { name: 'New company' });
    const numbers = within(dialog).getByRole('textbox', { name: /^Numbers/ });
    await userEvent.clear(numbers);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the company' }));
    expect(within(dialog).getByRole('textbox', { name: /Company name/ })).toHaveAttribute('aria-invalid', 'true');
    expect(numbers).toHaveAttribute('aria-invalid', 'true');
    expect(platform.to('POST', '/api/admin/tenants')).toEqual([]);
    await userEvent.type(numbers, '1');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Company name/ }), 'Initech');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the company' }));
    const adminStep = await screen.findByRole('dialog', { name: 'Its first admin' });
    // invited by e-mail unless a password is chosen
    expect(within(adminStep).getByRole('radio', { name: 'Invite by e-mail' })).toBeChecked();
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(within(adminStep).getByRole('button', { name: 'Later' }));
    expect(await screen.findByTestId('tenant-created')).toHaveTextContent('It has no admin yet: add one from its page.');
    expect(platform.to('POST', /\/admins$/)).toEqual([]);
  });
});

describe('new company helpers', () => {
  it('suggests a slug the service takes', () => {
    expect(slugFrom('Açaí & Cia. Ltda.')).toBe('acai-cia-ltda');
    expect(slugFrom('  --Globex--  ')).toBe('globex');
    expect(slugFrom('x'.repeat(70))).toHaveLength(63);
  });
  it('reads domains separated by commas, spaces or lines', () => {
    expect(domainsFrom('acme.com, ACME.com.br\nacme.example ;')).toEqual(['acme.com', 'acme.com.br', 'acme.example']);
    expect(domainsFrom('  ')).toEqual([]);
  });
});
