import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { configureApi } from '../../api/client';
import { axeViolations } from '../../test/axe';
import { agent, renderWithApp } from '../../test/render';
import TeamPage from './TeamPage';

vi.mock('../../api/auth', () => import('../../test/signedIn'));

const admin = { ...agent, userId: '00000000-0000-4000-8000-00000000000a', username: 'acme-admin', displayName: 'Ada Acme', roles: ['tenant-admin' as const] };
const person = (id: string, firstName: string, username: string, more: Record<string, unknown> = {}) => ({
  id: `00000000-0000-4000-8000-00000000000${id}`,
  username,
  email: `${username}@acme.example`,
  firstName,
  lastName: 'Acme',
  role: 'agent',
  enabled: true,
  mustChangePassword: false,
  ...more,
});

function json(body: unknown, status = 200) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

let team: ReturnType<typeof person>[] = [];
const calls: { method: string; path: string; body: unknown }[] = [];

beforeEach(() => {
  team = [
    person('a', 'Ada', 'acme-admin', { role: 'tenant-admin' }),
    person('b', 'Bruno', 'acme-agent', { lastSignInAt: '2026-03-01T15:04:00Z' }),
    person('c', 'Carla', 'carla', { mustChangePassword: true }),
    person('d', 'Davi', 'davi', { enabled: false }),
  ];
  calls.length = 0;
  configureApi('http://edge');
  vi.stubGlobal('fetch', async (input: Request | string) => {
    const request = typeof input === 'string' ? new Request(input) : input;
    const url = new URL(request.url);
    const text = await request.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    calls.push({ method: request.method, path: url.pathname, body });
    if (url.pathname === '/api/tenant') return json({ id: agent.tenantId, name: 'Acme', limits: { maxAgents: 10, maxConnections: 5 } });
    if (url.pathname === '/api/tenant/agents' && request.method === 'GET') return json(team);
    if (url.pathname === '/api/tenant/agents' && request.method === 'POST') {
      const asked = body as { username: string; firstName: string; lastName: string; email: string; role: string; password?: string };
      if (asked.password !== undefined && asked.password.length < 8) {
        return json({ status: 400, title: 'Bad Request', detail: 'The request is not valid', violations: [{ field: 'password', message: 'must be 8 to 128 characters' }] }, 400);
      }
      if (!/^[a-z0-9][a-z0-9._@-]{2,99}$/.test(asked.username)) {
        return json({
          status: 400,
          title: 'Bad Request',
          detail: 'The request is not valid',
          violations: [{ field: 'username', message: 'must be 3-100 lowercase letters, digits or . _ @ -' }],
        }, 400);
      }
      const created = person('e', asked.firstName, asked.username, { lastName: asked.lastName, email: asked.email, role: asked.role, mustChangePassword: true });
      team = [...team, created];
      return json(created, 201);
    }
    const patch = /^\/api\/tenant\/agents\/([\w-]+)$/.exec(url.pathname);
    if (patch && request.method === 'PATCH') {
      team = team.map((p) => (p.id === patch[1] ? { ...p, ...(body as object) } : p));
      return json(team.find((p) => p.id === patch[1]));
    }
    if (/\/password-reset$/.test(url.pathname)) return json(undefined, 202);
    return json({ status: 404, detail: 'Not found' }, 404);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderTeam(language = 'en') {
  return renderWithApp(
    <MemoryRouter initialEntries={['/admin/team']}>
      <TeamPage />
    </MemoryRouter>,
    { language, identity: admin },
  );
}

// jsdom has no layout: Floating UI may take a menu's button for scrolled away and hide the menu (display: none)
const menuItem = (name: string) => screen.findByRole('menuitem', { name, hidden: true });
const card = (name: RegExp) => screen.getAllByTestId('team-person').find((li) => name.test(li.textContent ?? ''))!;

// typing into several fields is slow in jsdom: more than the default 5 s on a busy machine
describe('team', { timeout: 30_000 }, () => {
  it('lists the people with their role and state, and the seats they use', async () => {
    await renderTeam();
    await screen.findByText('Bruno Acme');
    expect(screen.getByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    // the disabled person frees their seat
    await waitFor(() => expect(screen.getByTestId('team-seats')).toHaveTextContent('3 of 10 seats used'));
    expect(within(card(/Carla/)).getByText('Invited — has not chosen a password yet')).toBeInTheDocument();
    expect(within(card(/Davi/)).getByTestId('person-status')).toHaveTextContent('Disabled');
    expect(within(card(/Bruno/)).getByTestId('person-last-sign-in')).toHaveTextContent(/^Last signed in Mar 1, 2026/);
    expect(within(card(/Carla/)).getByTestId('person-last-sign-in')).toHaveTextContent('Has not signed in yet');
    expect(within(card(/Ada/)).getByTestId('person-role')).toHaveTextContent('Admin');
    expect(within(card(/Ada/)).getByText('(you)')).toBeInTheDocument();
    expect(within(card(/Bruno/)).getByTestId('person-role')).toHaveTextContent('Agent');
    // disabled people come last
    expect(screen.getAllByTestId('team-person').at(-1)).toHaveTextContent('Davi');
    expect(await axeViolations()).toEqual([]);

    // nobody disables themselves or changes their own role
    await userEvent.click(screen.getByRole('button', { name: 'Manage Ada Acme' }));
    expect(await menuItem('Send a password reset e-mail')).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Disable' })).not.toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /Make/ })).not.toBeInTheDocument();
  });

  it('invites by e-mail, with the service\'s rule for usernames on the username field, in the person\'s language', async () => {
    await renderTeam('pt-BR');
    await screen.findByText('Bruno Acme');
    await userEvent.click(screen.getByRole('button', { name: 'Convidar alguém' }));
    const dialog = await screen.findByRole('dialog', { name: 'Convidar alguém' });
    expect(within(dialog).getByRole('radio', { name: 'Convidar por e-mail' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Atendente' })).toBeChecked();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Nome$|^Nome \*/ }), 'Elisa');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Sobrenome/ }), 'Souza');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /E-mail/ }), 'elisa@acme.example');
    const username = within(dialog).getByRole('textbox', { name: /Nome de usuário/ });
    await userEvent.type(username, 'e');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enviar o convite' }));

    await waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText('De 3 a 100 letras minúsculas, dígitos ou . _ @ - (começando por letra ou dígito)')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /E-mail/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations()).toEqual([]);

    await userEvent.type(username, 'lisa.souza');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enviar o convite' }));
    expect(await screen.findByText('Convite enviado para Elisa Souza (elisa@acme.example). O convite aparece como pendente até a pessoa escolher uma senha.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // invited: no password in the request, the person is on the list as invited
    const invite = calls.filter((c) => c.method === 'POST' && c.path === '/api/tenant/agents').at(-1);
    expect(invite?.body).toEqual({ firstName: 'Elisa', lastName: 'Souza', email: 'elisa@acme.example', username: 'elisa.souza', role: 'agent' });
    await waitFor(() => expect(within(card(/Elisa/)).getByText('Convite pendente — ainda não escolheu uma senha')).toBeInTheDocument());
    expect(screen.getByTestId('team-seats')).toHaveTextContent('4 de 10 vagas em uso');
  });

  it('adds someone with a temporary password instead, the password rule on its field', async () => {
    await renderTeam();
    await screen.findByText('Bruno Acme');
    await userEvent.click(screen.getByRole('button', { name: 'Invite someone' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite someone' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'First name' }), 'Fabio');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Last name' }), 'Lima');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'E-mail' }), 'fabio@acme.example');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Username/ }), 'fabio');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Set a temporary password' }));
    const password = within(dialog).getByLabelText(/Temporary password/);
    await userEvent.type(password, 'short');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add with this password' }));
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText('8 to 128 characters')).toBeInTheDocument();

    await userEvent.type(password, '-enough');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add with this password' }));
    expect(await screen.findByText('Fabio Lima was added with a temporary password and chooses a new one when they first sign in.')).toBeInTheDocument();
    const add = calls.filter((c) => c.method === 'POST' && c.path === '/api/tenant/agents').at(-1);
    expect(add?.body).toMatchObject({ username: 'fabio', role: 'agent', password: 'short-enough', temporaryPassword: true });
  });

  it('sends a password reset e-mail and disables someone after asking', async () => {
    await renderTeam();
    await screen.findByText('Bruno Acme');
    await userEvent.click(screen.getByRole('button', { name: 'Manage Bruno Acme' }));
    await userEvent.click(await menuItem('Send a password reset e-mail'));
    expect(await within(card(/Bruno/)).findByRole('status')).toHaveTextContent(
      'A password reset e-mail is on its way to acme-agent@acme.example.',
    );
    expect(calls.some((c) => c.method === 'POST' && c.path.endsWith(`${team[1]!.id}/password-reset`))).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Manage Bruno Acme' }));
    await userEvent.click(await menuItem('Disable'));
    const confirm = await screen.findByRole('dialog', { name: 'Disable Bruno Acme?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(within(card(/Bruno/)).getByTestId('person-status')).toHaveTextContent('Disabled'));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ enabled: false });
    expect(within(card(/Bruno/)).getByRole('status')).toHaveTextContent('Bruno Acme was disabled and signed out.');
    await waitFor(() => expect(screen.getByTestId('team-seats')).toHaveTextContent('2 of 10 seats used'));
  });

  it('makes an agent an admin after saying they sign in again', async () => {
    await renderTeam();
    await screen.findByText('Carla Acme');
    await userEvent.click(screen.getByRole('button', { name: 'Manage Carla Acme' }));
    // invited: the link to choose a password is the invitation again
    expect(await menuItem('Send the invitation again')).toBeInTheDocument();
    await userEvent.click(await menuItem('Make admin'));
    const confirm = await screen.findByRole('dialog', { name: 'Make Carla Acme an admin?' });
    expect(confirm).toHaveTextContent('Carla Acme is signed out everywhere and signs in again with the new role.');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Make admin' }));
    await waitFor(() => expect(within(card(/Carla/)).getByTestId('person-role')).toHaveTextContent('Admin'));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ role: 'tenant-admin' });
  });
});
