import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { configureApi } from '../../api/client';
import { applyEvent } from '../../api/liveCache';
import { axeViolations } from '../../test/axe';
import { renderWithApp, agent } from '../../test/render';
import NewNumberPage from './NewNumberPage';
import NumberPage from './NumberPage';

vi.mock('../../api/auth', () => import('../../test/signedIn'));

const admin = { ...agent, roles: ['tenant-admin' as const] };
const QR1 = 'data:image/png;base64,AAAA';
const QR2 = 'data:image/png;base64,BBBB';

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

let state = 'QR_PENDING';
const calls: string[] = [];
const patches: unknown[] = [];

beforeEach(() => {
  state = 'QR_PENDING';
  calls.length = 0;
  patches.length = 0;
  configureApi('http://edge');
  vi.stubGlobal('fetch', async (input: Request | string) => {
    const request = typeof input === 'string' ? new Request(input) : input;
    const url = new URL(request.url);
    calls.push(`${request.method} ${url.pathname}`);
    if (request.method === 'POST' && url.pathname === '/api/connections') {
      return json({ status: 422, title: 'Unprocessable Content', detail: 'accessToken: Meta rejected the access token (invalid or expired)' }, 422);
    }
    if (url.pathname === '/api/connections/n1' && request.method === 'PATCH') {
      patches.push(await request.json());
      return json({ id: 'n1', type: 'EVOLUTION', name: 'Vendas', state, enabled: true, bot: 'OFF' });
    }
    if (url.pathname === '/api/connections/n1') return json({ id: 'n1', type: 'EVOLUTION', name: 'Vendas', state, enabled: true });
    if (url.pathname === '/api/tenant') {
      return json({ id: 't', settings: { botEnabled: true, automationWebhookUrl: 'https://n8n.example/hook' } });
    }
    if (url.pathname === '/api/connections/n1/qr') return json({ id: 'n1', type: 'EVOLUTION', name: 'Vendas', state, qr: { base64: QR1, count: 1 } });
    return json({ status: 404, detail: 'Not found' }, 404);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Types a value at once (pasted), as fast as a test needs. */
async function fill(field: HTMLElement, value: string) {
  await userEvent.click(field);
  await userEvent.paste(value);
}

function renderAt(path: string, language = 'en') {
  return renderWithApp(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/admin/numbers/new" element={<NewNumberPage />} />
        <Route path="/admin/numbers/:id" element={<NumberPage />} />
      </Routes>
    </MemoryRouter>,
    { language, identity: admin },
  );
}

describe('numbers', () => {
  it('puts Meta refusing the token on the access token field, in the person\'s language', async () => {
    await renderAt('/admin/numbers/new', 'pt-BR');
    await userEvent.click(screen.getByRole('radio', { name: /WhatsApp Cloud API/ }));
    await fill(screen.getByRole('textbox', { name: /Nome/ }), 'Suporte');
    await fill(screen.getByRole('textbox', { name: /ID do número de telefone/ }), '1234');
    await fill(screen.getByRole('textbox', { name: /ID da conta/ }), '5678');
    await fill(screen.getByLabelText(/Token de acesso/), 'wrong');
    await fill(screen.getByLabelText(/Chave secreta do app/), 'secret');
    await userEvent.click(screen.getByRole('button', { name: 'Conectar o número' }));
    await waitFor(() => expect(calls).toContain('POST /api/connections'));
    const token = screen.getByLabelText(/Token de acesso/);
    await waitFor(() => expect(token).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('A Meta recusou este token de acesso (inválido ou expirado)')).toBeInTheDocument();
    expect(screen.getByLabelText(/Chave secreta do app/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations()).toEqual([]);
  });

  it('shows the QR code, renews it from live updates and turns connected by itself', async () => {
    const { client } = await renderAt('/admin/numbers/n1');
    const qr = await screen.findByRole('img', { name: 'QR code to connect Vendas' });
    expect(qr).toHaveAttribute('src', QR1);
    expect(screen.getByTestId('number-state')).toHaveTextContent('Waiting for the QR scan');
    const deps = { queryClient: client, userId: 'me', catchUpMessages: () => {}, refreshLists: () => {} };
    const event = (type: string, payload: Record<string, unknown>) =>
      applyEvent({ eventId: type, type, tenantId: 't', occurredAt: '', connectionId: 'n1', payload }, deps);

    event('connection.qr.updated', { base64: QR2 });
    await waitFor(() => expect(screen.getByRole('img', { name: /QR code/ })).toHaveAttribute('src', QR2));
    event('connection.qr.updated', { base64: QR1 });
    // another number's code changes nothing here
    applyEvent({ eventId: 'x', type: 'connection.qr.updated', tenantId: 't', occurredAt: '', connectionId: 'n2', payload: { base64: QR2 } }, deps);
    await waitFor(() => expect(screen.getByRole('img', { name: /QR code/ })).toHaveAttribute('src', QR1));
    expect(await axeViolations()).toEqual([]);

    state = 'OPEN';
    event('connection.changed', { connectionId: 'n1', state: 'OPEN' });
    await waitFor(() => expect(screen.getByTestId('number-state')).toHaveTextContent('Connected'));
    expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();
    expect(calls.filter((c) => c === 'GET /api/connections/n1/qr')).toHaveLength(1);
  });

  it('turns the bot off for one number while the company keeps it on', async () => {
    state = 'OPEN';
    await renderAt('/admin/numbers/n1');
    expect(await screen.findByRole('radio', { name: 'As the company (on)' })).toBeChecked();
    expect(await screen.findByTestId('number-bot-effect')).toHaveTextContent('The bot answers');
    await userEvent.click(screen.getByRole('radio', { name: 'Off' }));
    await waitFor(() => expect(patches).toEqual([{ bot: 'OFF' }]));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Off' })).toBeChecked());
    expect(screen.getByTestId('number-bot-effect')).toHaveTextContent('The company\'s people answer');
    expect(await axeViolations()).toEqual([]);
  });
});
