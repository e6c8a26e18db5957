import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { configureApi } from '../../api/client';
import { renderWithApp } from '../../test/render';
import { axeViolations } from '../../test/axe';
import TemplatesPage from './TemplatesPage';

vi.mock('../../api/auth', () => import('../../test/signedIn'));

const number = (id: string, type: string, name: string) => ({
  id, type, name, state: 'OPEN', displayPhoneNumber: '+55 11 4000-0000', enabled: true,
});

describe('templates page', () => {
  afterEach(() => vi.unstubAllGlobals());

  beforeEach(() => {
    configureApi('http://edge');
    vi.stubGlobal('fetch', async (input: Request | string) => {
      const url = new URL(typeof input === 'string' ? input : input.url);
      const json = (body: unknown, status = 200) =>
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      if (url.pathname === '/api/connections') {
        return json([number('cloud', 'CLOUD_API', 'Sales'), number('evo', 'EVOLUTION', 'Support'), number('down', 'CLOUD_API', 'Billing')]);
      }
      if (url.pathname === '/api/connections/cloud/templates') {
        return json([
          { name: 'hello_world', language: 'en_US', status: 'APPROVED', category: 'UTILITY', body: 'Hello World', bodyParameters: 0 },
          { name: 'promo', language: 'pt_BR', status: 'REJECTED', category: 'MARKETING', body: 'Oferta {{1}}', bodyParameters: 1 },
        ]);
      }
      if (url.pathname === '/api/connections/down/templates') {
        return json({ status: 502, title: 'Bad Gateway', detail: "Meta rejected the number's access token (invalid or expired)" }, 502);
      }
      return json({ status: 404 }, 404);
    });
  });

  it("lists one Cloud API number's templates with status, category and language; another is chosen", async () => {
    await renderWithApp(<TemplatesPage />);
    const sales = await screen.findByRole('region', { name: 'Templates of Sales (+55 11 4000-0000)' });
    expect(await within(sales).findByRole('cell', { name: 'hello_world' })).toBeInTheDocument();
    const promo = within(sales).getByRole('row', { name: /promo/ });
    expect(promo).toHaveTextContent('pt_BR');
    expect(promo).toHaveTextContent('REJECTED');
    expect(promo).toHaveTextContent('MARKETING');
    expect(screen.queryByRole('region', { name: /Support/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Billing/ })).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);

    await userEvent.click(screen.getByRole('combobox', { name: 'Number' }));
    await userEvent.click(await screen.findByRole('option', { name: /Billing/ }));
    const billing = await screen.findByRole('region', { name: /Billing/ });
    expect(await within(billing).findByText(/Meta rejected the number's access token/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Sales/ })).not.toBeInTheDocument();
  });

  it('says so in Portuguese when there is no Cloud API number', async () => {
    vi.stubGlobal('fetch', async () =>
      new Response(JSON.stringify([number('evo', 'EVOLUTION', 'Support')]), { headers: { 'Content-Type': 'application/json' } }),
    );
    await renderWithApp(<TemplatesPage />, { language: 'pt-BR' });
    expect(await screen.findByText(/Ainda não há número da Cloud API/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Modelos de mensagem' })).toBeInTheDocument();
  });
});
