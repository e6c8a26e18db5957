import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { configureApi } from '../../api/client';
import { axeViolations } from '../../test/axe';
import { renderWithApp } from '../../test/render';
import { lastDays } from '../dates';
import { fakePlatform, json, problem, staff, type Handler } from '../testPlatform';
import DashboardPage from './DashboardPage';
import { fillDays } from './DailyChart';

vi.mock('../../api/auth', () => import('../../test/signedIn'));

let platform: ReturnType<typeof fakePlatform>;
let routes: Record<string, Handler>;
const period = lastDays(30);

beforeEach(() => {
  routes = {
    'GET /api/admin/tenants/summary': () => json({ ACTIVE: 12, SUSPENDED: 1, DELETED: 2, PURGED: 0 }),
    'GET /api/admin/connections/summary': () =>
      json({ total: 20, byType: { EVOLUTION: 8, CLOUD_API: 12 }, byState: { CLOSED: 3, OPEN: 15, FAILED: 2 } }),
    'GET /api/admin/messages/daily': ({ query }) =>
      json({
        days: [
          { day: query.get('to'), received: 40, sent: 55, failed: 3 },
          { day: query.get('from'), received: 1200, sent: 900, failed: 0 },
        ],
      }),
    'GET /api/admin/messages/summary': () =>
      json({
        received: 5000,
        sent: 7000,
        failed: 12,
        failedByErrorCode: [{ code: '131026', title: 'Message undeliverable', count: 12 }],
        automationDeadLetters: 4,
        outboxBacklog: 0,
        sendQueueBacklog: 37,
      }),
  };
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderDashboard(language = 'en') {
  platform = fakePlatform(routes);
  configureApi('http://edge');
  vi.stubGlobal('fetch', platform.fetch);
  return renderWithApp(
    <MemoryRouter initialEntries={['/console/dashboard']}>
      <DashboardPage />
    </MemoryRouter>,
    { language, identity: staff },
  );
}

const region = (name: string) => screen.getByRole('region', { name });

describe('dashboard', { timeout: 30_000 }, () => {
  it('shows companies by status, numbers by type and state, messages per day, failures and backlogs', async () => {
    await renderDashboard();
    const companies = region('Companies by status');
    await waitFor(() => expect(within(companies).getByTestId('figure-ACTIVE')).toHaveTextContent('Active12'));
    expect(within(companies).getByTestId('figure-SUSPENDED')).toHaveTextContent('Suspended1');
    expect(within(companies).getByTestId('figure-PURGED')).toHaveTextContent('Purged0');

    const numbers = region('Numbers');
    await waitFor(() => expect(within(numbers).getByTestId('numbers-total')).toHaveTextContent('20 numbers in all'));
    expect(within(numbers).getByTestId('figure-CLOUD_API')).toHaveTextContent('12');
    // states in reading order: connected first
    expect(within(numbers).getAllByTestId(/figure-(OPEN|CLOSED|FAILED)/).map((f) => f.textContent)).toEqual([
      'Connected15',
      'Disconnected3',
      'Failed2',
    ]);

    const daily = region('Messages per day, last 30 days');
    const table = await within(daily).findByTestId('daily-table');
    // every day of the period, the days without an answer as zero
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 30 + 1);
    expect(rows[1]).toHaveTextContent('1,200900');
    expect(rows[30]).toHaveTextContent('40553');
    expect(rows[31]).toHaveTextContent('Total1,240955');
    expect(within(daily).getByTestId('daily-bars').children).toHaveLength(30);
    const asked = platform.to('GET', '/api/admin/messages/daily')[0]!.query;
    expect([asked.get('from'), asked.get('to')]).toEqual([period.from, period.to]);
    // the table is there for screen readers; the bars are a picture of it
    await userEvent.click(within(daily).getByText('Figures per day'));

    const failures = region('Failures, last 30 days');
    expect(within(failures).getByTestId('failures-by-code')).toHaveTextContent('131026Message undeliverable12');
    const backlogs = region('Queues now');
    expect(within(backlogs).getByTestId('figure-deadLetters')).toHaveTextContent('4');
    expect(within(backlogs).getByTestId('figure-sendQueue')).toHaveTextContent('37');
    // the whole platform: no company asked for
    expect(platform.to('GET', '/api/admin/messages/summary')[0]!.query.has('tenantId')).toBe(false);
    expect(await axeViolations()).toEqual([]);
  });

  it('says what the platform cannot tell yet, and lets a failed figure be asked again', async () => {
    let fail = true;
    routes = {
      'GET /api/admin/tenants/summary': () => (fail ? problem(500, 'boom') : json({ ACTIVE: 3, SUSPENDED: 0, DELETED: 0, PURGED: 0 })),
    };
    await renderDashboard('pt-BR');
    const companies = region('Empresas por status');
    const retry = await within(companies).findByRole('button', { name: 'Tentar novamente' });
    await waitFor(() => expect(within(region('Números')).getByTestId('not-available')).toBeInTheDocument());
    await waitFor(() => expect(within(region('Mensagens por dia, últimos 30 dias')).getByTestId('not-available')).toBeInTheDocument());
    expect(within(region('Filas agora')).getByTestId('not-available')).toHaveTextContent('Ainda não disponível');
    fail = false;
    await userEvent.click(retry);
    await waitFor(() => expect(within(companies).getByTestId('figure-ACTIVE')).toHaveTextContent('Ativa3'));
    expect(await axeViolations()).toEqual([]);
  });
});

describe('days of the chart', () => {
  it('fills the days the service left out', () => {
    const days = fillDays({ days: [{ day: '2026-03-02', received: 1, sent: 2, failed: 0 }] }, '2026-02-28', '2026-03-03');
    expect(days.map((d) => `${d.day}:${d.received}`)).toEqual(['2026-02-28:0', '2026-03-01:0', '2026-03-02:1', '2026-03-03:0']);
  });
});
