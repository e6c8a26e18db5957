import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { configureApi } from '../../api/client';
import type { Tenant } from '../../api/types';
import { keys } from '../../inbox/model/keys';
import { axeViolations } from '../../test/axe';
import { agent, renderWithApp } from '../../test/render';
import SettingsPage from './SettingsPage';

vi.mock('../../api/auth', () => import('../../test/signedIn'));

const admin = { ...agent, username: 'acme-admin', roles: ['tenant-admin' as const] };
const SECRET = 'wak_abc123defg_0123456789abcdefghijklmnopqrstuv';

function json(body: unknown, status = 200) {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

let tenant: Tenant;
let refuseNextPatch: Record<string, unknown> | null;
let apiKeys: Record<string, unknown>[];
let dead: Record<string, unknown>[];
let testAnswers = 0;
const calls: { method: string; path: string; body: unknown }[] = [];

beforeEach(() => {
  tenant = {
    id: agent.tenantId ?? '',
    slug: 'acme',
    name: 'Acme Corp',
    settings: { automationWebhookUrl: 'https://n8n.example.com/webhook/acme', botEnabled: true, timezone: 'UTC', defaultLanguage: 'en' },
    limits: { maxAgents: 10, maxConnections: 5 },
  };
  refuseNextPatch = null;
  testAnswers = 0;
  apiKeys = [{ id: 'k1', name: 'Old n8n', prefix: 'old0000000', createdBy: 'acme-admin', createdAt: '2026-11-01T10:00:00Z', revokedAt: '2026-11-20T10:00:00Z' }];
  dead = [{
    id: 'd1', conversationId: 'c1', messageId: 'm1', status: 'DEAD', attempts: 6, lastError: 'answered HTTP 500: boom',
    createdAt: '2026-12-01T12:00:00Z', updatedAt: '2026-12-01T13:00:00Z',
  }];
  calls.length = 0;
  configureApi('http://edge');
  vi.stubGlobal('fetch', async (input: Request | string) => {
    const request = typeof input === 'string' ? new Request(input) : input;
    const url = new URL(request.url);
    const text = await request.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    calls.push({ method: request.method, path: `${url.pathname}${url.search}`, body });
    const route = `${request.method} ${url.pathname}`;
    if (route === 'GET /api/tenant') return json(tenant);
    if (route === 'PATCH /api/tenant') {
      if (refuseNextPatch) {
        const refusal = refuseNextPatch;
        refuseNextPatch = null;
        return json(refusal, refusal['status'] as number);
      }
      tenant = { ...tenant, settings: { ...tenant.settings, ...(body as object) } };
      return json(tenant);
    }
    if (route === 'GET /api/tenant/api-keys') return json(apiKeys);
    if (route === 'POST /api/tenant/api-keys') {
      const { name } = body as { name: string };
      const created = { id: 'k2', name, prefix: 'abc123defg', createdBy: 'acme-admin', createdAt: '2026-12-02T10:00:00Z' };
      apiKeys = [...apiKeys, created];
      return json({ ...created, key: SECRET }, 201);
    }
    if (route === 'DELETE /api/tenant/api-keys/k2') {
      apiKeys = apiKeys.map((k) => (k['id'] === 'k2' ? { ...k, revokedAt: '2026-12-02T11:00:00Z' } : k));
      return json(undefined, 204);
    }
    if (route === 'GET /api/automation/setup/deliveries') {
      return json(url.searchParams.get('status') === 'DEAD' ? dead : []);
    }
    if (route === 'POST /api/automation/setup/deliveries/d1/retry') {
      dead = [];
      return json({ id: 'd1', conversationId: 'c1', status: 'PENDING', attempts: 6, nextAttemptAt: '2026-12-02T10:00:00Z' });
    }
    if (route === 'GET /api/automation/setup/signing-secret') {
      return json({ secret: 'whsec_first', version: 1, rotatedAt: null, header: 'X-Wa-Signature-256' });
    }
    if (route === 'POST /api/automation/setup/signing-secret/rotate') {
      return json({ secret: 'whsec_second', version: 2, rotatedAt: '2026-12-02T10:00:00Z', header: 'X-Wa-Signature-256' });
    }
    if (route === 'POST /api/automation/setup/test') {
      testAnswers += 1;
      return json(testAnswers === 1 ? { delivered: true, error: null, durationMs: 1234 }
        : { delivered: false, error: 'answered HTTP 404: no workflow here', durationMs: 20 });
    }
    return json({ status: 404, detail: 'Not found' }, 404);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderSettings(language = 'en') {
  return renderWithApp(
    <MemoryRouter initialEntries={['/admin/settings']}>
      <SettingsPage />
    </MemoryRouter>,
    { language, identity: admin },
  );
}

/** Types a value at once (pasted), as fast as a test needs. */
async function fill(field: HTMLElement, value: string) {
  await userEvent.click(field);
  await userEvent.paste(value);
}

const section = (name: string | RegExp) => screen.getByRole('region', { name });

describe('settings', () => {
  it('puts a refused time zone on its field, then saves it and a new name into the shared tenant', async () => {
    const { client } = await renderSettings();
    const organization = await screen.findByRole('region', { name: 'Organization' });
    const name = within(organization).getByRole('textbox', { name: /Company name/ });
    expect(name).toHaveValue('Acme Corp');
    await userEvent.clear(name);
    await userEvent.type(name, 'Acme Brasil');
    const zone = within(organization).getByRole('combobox', { name: /Time zone/ });
    await userEvent.clear(zone);
    await fill(zone, 'Lisbon');
    await userEvent.click(await screen.findByRole('option', { name: /^Europe\/Lisbon/ }));

    refuseNextPatch = { status: 400, title: 'Bad Request', detail: 'The request is not valid', violations: [{ field: 'timezone', message: 'must be 1 to 64 characters' }] };
    await userEvent.click(within(organization).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(zone).toHaveAttribute('aria-invalid', 'true'));
    expect(within(organization).getByText('1 to 64 characters')).toBeInTheDocument();
    expect(within(organization).queryByRole('alert')).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);

    await userEvent.click(within(organization).getByRole('button', { name: 'Save' }));
    expect(await within(organization).findByRole('status')).toHaveTextContent('Saved.');
    expect(zone).not.toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.method === 'PATCH').at(-1)?.body).toEqual({ name: 'Acme Brasil', timezone: 'Europe/Lisbon', defaultLanguage: 'en' });
    expect(client.getQueryData<Tenant>(keys.tenant())?.settings?.timezone).toBe('Europe/Lisbon');
  }, 30_000);

  it('says why a webhook URL is refused, on the field and in Portuguese', async () => {
    await renderSettings('pt-BR');
    const automation = await screen.findByRole('region', { name: 'Bot e automação' });
    const url = within(automation).getByRole('textbox', { name: /URL do webhook/ });
    expect(url).toHaveValue('https://n8n.example.com/webhook/acme');
    await userEvent.clear(url);
    await fill(url, 'http://localhost:5678/webhook');
    refuseNextPatch = { status: 422, title: 'Unprocessable Content', detail: "'automationWebhookUrl' must name a public host, not a local or internal name such as 'localhost'" };
    await userEvent.click(within(automation).getByRole('button', { name: 'Salvar' }));
    await waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(within(automation).getByText('Deve ser um endereço na internet, não um nome local ou interno')).toBeInTheDocument();

    // turning the bot off is saved with the URL
    await userEvent.clear(url);
    await userEvent.click(within(automation).getByRole('switch', { name: /O bot atende as novas conversas/ }));
    await userEvent.click(within(automation).getByRole('button', { name: 'Salvar' }));
    expect(await within(automation).findByRole('status')).toHaveTextContent('Salvo.');
    expect(calls.filter((c) => c.method === 'PATCH').at(-1)?.body).toEqual({ automationWebhookUrl: '', botEnabled: false });
    expect(await axeViolations()).toEqual([]);
  }, 30_000);

  it('shows a new API key once, lists it without its secret, and revokes it after asking', async () => {
    await renderSettings();
    const keysSection = await screen.findByRole('region', { name: 'API keys' });
    // a revoked key is history: listed on demand
    await within(keysSection).findByText('No active API keys.');
    expect(within(keysSection).queryByText('Old n8n')).not.toBeInTheDocument();
    await fill(within(keysSection).getByRole('textbox', { name: /Name of a new key/ }), 'n8n');
    await userEvent.click(within(keysSection).getByRole('button', { name: 'Create a key' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your new key: n8n' });
    expect(within(dialog).getByTestId('new-api-key')).toHaveTextContent(SECRET);
    expect(within(dialog).getByText(/only time it is shown/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copy API key' })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'I have copied the key' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain(SECRET);

    const item = within(keysSection).getByTestId('api-key');
    expect(item).toHaveTextContent('n8n');
    expect(item).toHaveTextContent('wak_abc123defg_…');
    expect(within(item).getByTestId('api-key-state')).toHaveTextContent('Active');

    await userEvent.click(within(item).getByRole('button', { name: 'Revoke the key n8n' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke the key n8n?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Revoke' }));
    expect(await within(keysSection).findByText('No active API keys.')).toBeInTheDocument();
    await userEvent.click(within(keysSection).getByRole('button', { name: 'Show the revoked keys (2)' }));
    const revoked = within(section('API keys')).getAllByTestId('api-key');
    expect(revoked.map((k) => within(k).getByTestId('api-key-state').textContent)).toEqual(['Revoked', 'Revoked']);
    expect(revoked.map((k) => within(k).queryByRole('button'))).toEqual([null, null]);
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/tenant/api-keys/k2')).toBe(true);
  }, 30_000);

  it('sends a test request to the saved automation URL and says how it went', async () => {
    await renderSettings();
    const automation = await screen.findByRole('region', { name: 'Bot and automation' });
    const send = await within(automation).findByRole('button', { name: 'Send a test request' });
    await userEvent.click(send);
    expect(await within(automation).findByTestId('test-delivery-outcome')).toHaveTextContent('Your automation answered (1,234 ms).');
    await userEvent.click(send);
    await waitFor(() =>
      expect(within(automation).getByTestId('test-delivery-outcome')).toHaveTextContent(
        'Your automation did not take it: answered HTTP 404: no workflow here',
      ),
    );
    expect(calls.filter((c) => c.method === 'POST' && c.path === '/api/automation/setup/test')).toHaveLength(2);
  }, 30_000);

  it('retries a dead letter, which leaves the dead letters', async () => {
    await renderSettings();
    const deliveries = await screen.findByRole('region', { name: 'Deliveries to the automation' });
    const item = await within(deliveries).findByTestId('delivery');
    expect(item).toHaveTextContent('Failed');
    expect(item).toHaveTextContent('6 attempts');
    expect(item).toHaveTextContent('the automation answered HTTP 500: boom');
    expect(within(item).getByRole('link', { name: 'Open the conversation' })).toHaveAttribute('href', '/inbox/c1');
    expect(await axeViolations()).toEqual([]);

    await userEvent.click(within(item).getByRole('button', { name: /^Retry the delivery of / }));
    expect(await within(deliveries).findByRole('status')).toHaveTextContent('Sent again');
    await waitFor(() => expect(within(deliveries).queryByTestId('delivery')).not.toBeInTheDocument());
    expect(within(deliveries).getByText('No failed deliveries: your automation took every message.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/automation/setup/deliveries/d1/retry')).toBe(true);
    expect(calls.some((c) => c.path === '/api/automation/setup/deliveries?status=DEAD&limit=50')).toBe(true);
  }, 30_000);

  it('shows the signing secret only when asked, and rotates it after a confirmation', async () => {
    await renderSettings();
    const automation = await screen.findByRole('region', { name: 'Bot and automation' });
    expect(calls.some((c) => c.path.includes('signing-secret'))).toBe(false);
    await userEvent.click(within(automation).getByRole('button', { name: 'Show the secret' }));
    expect(await within(automation).findByTestId('signing-secret')).toHaveTextContent('whsec_first');
    expect(within(automation).getByTestId('signing-secret-version')).toHaveTextContent('Version 1 · never rotated');

    await userEvent.click(within(automation).getByRole('button', { name: 'Rotate the secret' }));
    const confirm = await screen.findByRole('dialog', { name: 'Rotate the signing secret?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Rotate the secret' }));
    await waitFor(() => expect(within(automation).getByTestId('signing-secret')).toHaveTextContent('whsec_second'));
    expect(within(automation).getByRole('status')).toHaveTextContent('A new secret is in use');

    await userEvent.click(within(automation).getByRole('button', { name: 'Hide the secret' }));
    expect(within(automation).queryByTestId('signing-secret')).not.toBeInTheDocument();
  }, 30_000);
});
