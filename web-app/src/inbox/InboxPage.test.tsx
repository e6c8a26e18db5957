import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { configureApi } from '../api/client';
import type { Conversation, Message } from '../api/types';
import { renderWithApp } from '../test/render';
import { LiveConnection } from '../app/LiveConnection';
import InboxPage from './InboxPage';
import { axeViolations } from '../test/axe';

vi.mock('../api/auth', () => import('../test/signedIn'));

const conversation = (id: string, name: string, extra: Partial<Conversation> = {}): Conversation => ({
  id, connectionId: 'n1', channel: 'EVOLUTION', status: 'OPEN', owner: 'HUMAN', handoffReason: null, assigneeId: 'me',
  unreadCount: 0, lastMessageAt: '2026-12-01T10:00:00Z', windowExpiresAt: null, labels: [], attributes: null,
  contact: { id: `k-${id}`, waId: '5511999990001', name }, ...extra,
});

const messages: Message[] = [
  { id: 'm1', conversationId: 'c1', direction: 'INBOUND', sender: 'CUSTOMER', type: 'text', text: 'Hi, where is my order?', createdAt: '2026-12-01T09:00:00Z' },
  { id: 'm2', conversationId: 'c1', direction: 'OUTBOUND', sender: 'AGENT', type: 'text', text: 'On its way', status: 'DELIVERED', createdAt: '2026-12-01T09:05:00Z' },
];

const later: Message = {
  id: 'm3', conversationId: 'c1', direction: 'INBOUND', sender: 'CUSTOMER', type: 'text', text: 'Thanks!',
  replyToMessageId: 'm2', createdAt: '2026-12-01T09:10:00Z',
};

class QuietSocket {
  static last: QuietSocket | null = null;
  readyState = 0;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public url: string, public protocols: string[]) {
    QuietSocket.last = this;
  }
  close() {}
}

function json(body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });
}

describe('inbox page', () => {
  const calls: string[] = [];
  beforeEach(() => {
    calls.length = 0;
    sessionStorage.clear();
    configureApi('http://edge');
    vi.stubGlobal('WebSocket', QuietSocket);
    // jsdom lays nothing out: give elements a size so the virtualized list renders its rows
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(360);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      width: 360, height: 800, top: 0, left: 0, right: 360, bottom: 800, x: 0, y: 0, toJSON: () => ({}),
    } as DOMRect);
    vi.stubGlobal('fetch', async (input: Request | string) => {
      const request = typeof input === 'string' ? new Request(input) : input;
      const url = new URL(request.url);
      calls.push(`${request.method} ${url.pathname}${url.search}`);
      if (url.pathname === '/api/conversations') {
        const unread = url.searchParams.get('limit') === '200';
        return json([
          conversation('c1', 'Maria', { unreadCount: unread ? 1 : 1, lastMessageAt: '2026-12-01T09:00:00Z' }),
          conversation('c2', 'João', { owner: 'BOT' }),
        ]);
      }
      if (url.pathname === '/api/conversations/c1') return json(conversation('c1', 'Maria', { unreadCount: 1 }));
      if (url.pathname === '/api/conversations/c1/messages') {
        return url.searchParams.has('after')
          ? json([...messages, later], { 'X-After-Cursor': 'a3' })
          : json(messages, { 'X-After-Cursor': 'a2' });
      }
      if (url.pathname === '/api/conversations/c1/notes') return json([]);
      if (url.pathname === '/api/conversations/c1/read') return json(conversation('c1', 'Maria', { unreadCount: 0 }));
      if (url.pathname === '/api/conversations/c2') return json(conversation('c2', 'João', { owner: 'BOT' }));
      if (/^\/api\/conversations\/c2\/(messages|notes)$/.test(url.pathname)) return json([]);
      if (url.pathname === '/api/connections') return json([{ id: 'n1', type: 'EVOLUTION', state: 'OPEN', name: 'Sales' }]);
      if (url.pathname === '/api/tenant') return json({ id: 't', settings: { timezone: 'America/Sao_Paulo' } });
      return new Response(JSON.stringify({ status: 404, detail: 'Not found' }), { status: 404 });
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  function renderAt(path: string, language = 'en') {
    return renderWithApp(
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route
            path="/inbox/:conversationId?"
            element={
              <LiveConnection>
                <InboxPage />
              </LiveConnection>
            }
          />
        </Routes>
      </MemoryRouter>,
      { language },
    );
  }

  it('lists the conversations, opens one, marks it read and shows its messages', async () => {
    await renderAt('/inbox');
    const list = await screen.findByRole('list', { name: 'Conversations' });
    expect(await within(list).findByRole('button', { name: /João/ })).toHaveTextContent('Bot');
    await userEvent.click(within(list).getByRole('button', { name: /Maria/ }));
    expect(await screen.findByText('Hi, where is my order?')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Delivered' })).toBeInTheDocument();
    await waitFor(() => expect(calls).toContain('POST /api/conversations/c1/read'));
    expect(await axeViolations()).toEqual([]);
    expect(QuietSocket.last?.protocols).toEqual(['bearer-token-carrier', 'quarkus-http-upgrade%23Authorization%23Bearer%20token']);
    expect(QuietSocket.last?.url).toBe('ws://edge/ws?scope=summaries');
  });

  it('shows a live message once, in full, after fetching what came since', async () => {
    await renderAt('/inbox/c1');
    await screen.findByText('Hi, where is my order?');
    const socket = QuietSocket.last!;
    const frame = (value: unknown) => act(() => socket.onmessage?.({ data: JSON.stringify(value) }));
    frame({ type: 'hello', tenantId: 't' });
    const created = {
      eventId: 'e1', type: 'conversation.message.created', tenantId: 't', occurredAt: later.createdAt,
      payload: { conversationId: 'c1', message: { id: 'm3', direction: 'INBOUND', sender: 'CUSTOMER', type: 'text', text: 'Thanks!', createdAt: later.createdAt } },
    };
    frame(created);
    frame({ ...created, eventId: 'e2' });
    await waitFor(() => expect(calls).toContain('GET /api/conversations/c1/messages?limit=100&after=a2'));
    await waitFor(() => expect(screen.getAllByText('Thanks!')).toHaveLength(1));
    // the full version names the message it answers
    await waitFor(() => expect(screen.getByLabelText('Quoted message')).toHaveTextContent('On its way'));
    expect(screen.getAllByText('Hi, where is my order?')).toHaveLength(1);
    // a customer message that arrives while the conversation is open is read at once
    await waitFor(() => expect(calls.filter((c) => c === 'POST /api/conversations/c1/read')).toHaveLength(2));
  });

  it('shows the list and the conversation side by side on a wide screen, one at a time on a phone', async () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: true })) as typeof window.matchMedia;
    try {
      await renderAt('/inbox/c1');
      expect(await screen.findByText('Hi, where is my order?')).toBeInTheDocument();
      expect(screen.getByRole('list', { name: 'Conversations' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Back to the conversations' })).not.toBeInTheDocument();
    } finally {
      window.matchMedia = matchMedia;
    }
  });

  it('shows only the conversation on a phone, with a way back to the list', async () => {
    await renderAt('/inbox/c1');
    expect(await screen.findByText('Hi, where is my order?')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Conversations' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back to the conversations' }));
    expect(await screen.findByRole('list', { name: 'Conversations' })).toBeInTheDocument();
  });

  it('asks the API for the chosen tab and status', async () => {
    await renderAt('/inbox', 'pt-BR');
    await screen.findByRole('list', { name: 'Conversas' });
    await userEvent.click(screen.getByRole('tab', { name: /Não atribuídas/ }));
    await userEvent.click(screen.getByText('Pendente'));
    await waitFor(() => expect(calls.some((c) => c.includes('assigned=unassigned') && c.includes('status=PENDING'))).toBe(true));
  });

  it('shows unread counts on the tabs and in the page title', async () => {
    await renderAt('/inbox');
    await waitFor(() => expect(document.title).toMatch(/^\(\d+\) Inbox$/));
    expect(screen.getByRole('tab', { name: /Mine/ })).toHaveTextContent('1');
  });

  it('moves to the next conversation with j and shows the shortcuts with ?', async () => {
    await renderAt('/inbox/c1');
    await screen.findByText('Hi, where is my order?');
    await act(async () => {
      await userEvent.keyboard('j');
    });
    expect(await screen.findByRole('heading', { name: 'João' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Take over from the bot' })).toBeInTheDocument();
    await act(async () => {
      await userEvent.keyboard('?');
    });
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });
});
