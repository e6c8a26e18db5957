import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Conversation, Message } from '../../api/types';
import { configureApi } from '../../api/client';
import { renderWithApp } from '../../test/render';
import { Composer } from './Composer';
import { axeViolations } from '../../test/axe';

const sendMessage = vi.fn();
const addNote = vi.fn();
vi.mock('../api', async (original) => ({
  ...(await original<typeof import('../api')>()),
  sendMessage: (...args: unknown[]) => sendMessage(...args),
  addNote: (...args: unknown[]) => addNote(...args),
}));

vi.mock('../../api/auth', () => import('../../test/signedIn'));
const listQuickReplies = vi.fn();
const quickReply = (shortcut: string, text: string, media = {}) => ({
  id: shortcut, shortcut, text, createdAt: '', updatedAt: '', createdBy: 'admin', ...media,
});

const open: Conversation = {
  id: 'c1', connectionId: 'n1', channel: 'EVOLUTION', status: 'OPEN', owner: 'HUMAN', handoffReason: null,
  assigneeId: 'me', unreadCount: 0, lastMessageAt: null, windowExpiresAt: null, labels: [], attributes: null,
  contact: null,
};

const templates = [
  { name: 'hello_world', language: 'en_US', status: 'APPROVED', category: 'UTILITY', body: 'Hello World', bodyParameters: 0 },
  {
    name: 'order_ready', language: 'pt_BR', status: 'APPROVED', category: 'UTILITY', bodyParameters: 2,
    body: 'Olá {{1}}, seu pedido {{2}} está pronto.', header: 'Pedido', footer: 'Loja Demo',
  },
  { name: 'draft_offer', language: 'pt_BR', status: 'PENDING', category: 'MARKETING', body: 'Oferta', bodyParameters: 0 },
];

const accepted = (text: string): Message => ({
  id: 'm1', conversationId: 'c1', direction: 'OUTBOUND', sender: 'AGENT', type: 'text', text, status: 'PENDING',
  createdAt: '2026-12-01T10:00:00Z',
});

describe('composer', () => {
  afterEach(() => vi.unstubAllGlobals());

  beforeEach(() => {
    sessionStorage.clear();
    sendMessage.mockReset();
    addNote.mockReset();
    configureApi('http://edge');
    vi.stubGlobal('fetch', async (input: Request | string) => {
      const url = new URL(typeof input === 'string' ? input : input.url);
      const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
      if (url.pathname === '/api/quick-replies') return json(listQuickReplies());
      if (url.pathname === '/api/connections/n1/templates') return json(templates);
      return new Response('{"status":404}', { status: 404 });
    });
    listQuickReplies.mockReset();
    listQuickReplies.mockReturnValue([
      quickReply('hello', 'Olá! Como posso ajudar?'),
      quickReply('help', 'Veja a nossa central de ajuda'),
      quickReply('catalog', 'Nosso catálogo', { mediaUrl: 'https://cdn.example/catalog.pdf', mediaType: 'document' }),
    ]);
  });

  it('offers the quick replies of a / shortcut and puts the one picked with Enter in the field', async () => {
    sendMessage.mockResolvedValue(accepted('Olá! Como posso ajudar?'));
    await renderWithApp(<Composer conversation={open} replyTo={null} onCancelReply={() => {}} />);
    const field = screen.getByRole('textbox', { name: 'Message to the customer' });
    await userEvent.type(field, '/hel');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['/helloOlá! Como posso ajudar?', '/helpVeja a nossa central de ajuda']);
    expect(await axeViolations()).toEqual([]);
    await userEvent.keyboard('{Enter}'); // picks the first one: nothing is sent yet
    expect(field).toHaveValue('Olá! Como posso ajudar?');
    expect(sendMessage).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith('c1', { type: 'text', text: 'Olá! Como posso ajudar?' }));
  });

  it('sends the file of a quick reply with its text as the caption', async () => {
    sendMessage.mockResolvedValue(accepted('Nosso catálogo'));
    await renderWithApp(<Composer conversation={open} replyTo={null} onCancelReply={() => {}} />);
    const field = screen.getByRole('textbox', { name: 'Message to the customer' });
    await userEvent.type(field, '/cat');
    await userEvent.click(await screen.findByRole('option', { name: /catalog/ }));
    expect(screen.getByTestId('quick-reply-media')).toHaveTextContent('With a file: Document');
    await userEvent.type(field, '{Enter}');
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith('c1', {
        type: 'document', media: { link: 'https://cdn.example/catalog.pdf', caption: 'Nosso catálogo' },
      }),
    );
  });

  it('sends on Enter and keeps Shift+Enter as a new line', async () => {
    sendMessage.mockResolvedValue(accepted('Hello\nthere'));
    await renderWithApp(<Composer conversation={open} replyTo={null} onCancelReply={() => {}} />);
    const field = screen.getByRole('textbox', { name: 'Message to the customer' });
    await userEvent.type(field, 'Hello{Shift>}{Enter}{/Shift}there{Enter}');
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith('c1', { type: 'text', text: 'Hello\nthere' }));
    await waitFor(() => expect(field).toHaveValue(''));
  });

  it('keeps the draft when the send fails and says why in the user language', async () => {
    const { ApiError } = await import('../../api/problem');
    sendMessage.mockRejectedValue(new ApiError({ status: 503, detail: 'down' }, 5));
    await renderWithApp(<Composer conversation={open} replyTo={null} onCancelReply={() => {}} />, { language: 'pt-BR' });
    const field = screen.getByRole('textbox', { name: 'Mensagem para o cliente' });
    await userEvent.type(field, 'Oi{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('O serviço está indisponível no momento; tente novamente em 5 s.');
    expect(field).toHaveValue('Oi');
    expect(sessionStorage.getItem('wa.draft.reply.c1')).toBe('Oi');
  });

  it('writes internal notes apart from replies', async () => {
    addNote.mockResolvedValue({ id: 'n1', text: 'VIP', createdAt: '2026-12-01T10:00:00Z', conversationId: 'c1', authorId: 'me', authorName: 'Ana' });
    await renderWithApp(<Composer conversation={open} replyTo={null} onCancelReply={() => {}} />);
    await userEvent.click(screen.getByText('Internal note'));
    expect(await axeViolations()).toEqual([]);
    await userEvent.type(screen.getByRole('textbox', { name: /Internal note/ }), 'VIP{Enter}');
    await waitFor(() => expect(addNote).toHaveBeenCalledWith('c1', 'VIP'));
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('explains the closed 24-hour window on a Cloud API number and offers its approved templates', async () => {
    sendMessage.mockResolvedValue(accepted(''));
    await renderWithApp(
      <Composer conversation={{ ...open, channel: 'META', windowExpiresAt: '2020-01-01T00:00:00Z' }} replyTo={null} onCancelReply={() => {}} />,
    );
    expect(screen.getByText('The 24-hour window is closed')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Message to the customer' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: /Message template/ }));
    expect(await screen.findByRole('option', { name: 'order_ready (pt_BR)' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /draft_offer/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('option', { name: 'order_ready (pt_BR)' }));
    expect(screen.getByTestId('template-preview')).toHaveTextContent('Olá {{1}}, seu pedido {{2}} está pronto.');
    expect(screen.getByRole('button', { name: 'Send template' })).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: /Parameter 1/ }), 'Ana');
    await userEvent.type(screen.getByRole('textbox', { name: /Parameter 2/ }), '#42');
    expect(screen.getByTestId('template-preview')).toHaveTextContent('Olá Ana, seu pedido #42 está pronto.');
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Send template' }));
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith('c1', {
        type: 'template',
        template: {
          name: 'order_ready',
          language: { code: 'pt_BR' },
          components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }, { type: 'text', text: '#42' }] }],
        },
      }),
    );
  });

  it('sends a template without parameters as its name and language only', async () => {
    sendMessage.mockResolvedValue(accepted(''));
    await renderWithApp(
      <Composer conversation={{ ...open, channel: 'META', windowExpiresAt: '2020-01-01T00:00:00Z' }} replyTo={null} onCancelReply={() => {}} />,
    );
    await userEvent.click(screen.getByRole('combobox', { name: /Message template/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'hello_world (en_US)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send template' }));
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith('c1', { type: 'template', template: { name: 'hello_world', language: { code: 'en_US' } } }),
    );
  });

  it('refuses a file over 16 MB before sending it, saying why', async () => {
    await renderWithApp(<Composer conversation={open} replyTo={null} onCancelReply={() => {}} />);
    const big = new File(['x'], 'video.mp4', { type: 'video/mp4' });
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 });
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, big);
    expect(await screen.findByRole('alert')).toHaveTextContent('video.mp4 is 20.0 MB: WhatsApp takes files of at most 16 MB');
  });
});
