import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Conversation, Message } from '../../api/types';
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

const open: Conversation = {
  id: 'c1', connectionId: 'n1', channel: 'EVOLUTION', status: 'OPEN', owner: 'HUMAN', handoffReason: null,
  assigneeId: 'me', unreadCount: 0, lastMessageAt: null, windowExpiresAt: null, labels: [], attributes: null,
  contact: null,
};

const accepted = (text: string): Message => ({
  id: 'm1', conversationId: 'c1', direction: 'OUTBOUND', sender: 'AGENT', type: 'text', text, status: 'PENDING',
  createdAt: '2026-12-01T10:00:00Z',
});

describe('composer', () => {
  beforeEach(() => {
    sessionStorage.clear();
    sendMessage.mockReset();
    addNote.mockReset();
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

  it('explains the closed 24-hour window on a Cloud API number and offers a template', async () => {
    sendMessage.mockResolvedValue(accepted(''));
    await renderWithApp(
      <Composer conversation={{ ...open, channel: 'META', windowExpiresAt: '2020-01-01T00:00:00Z' }} replyTo={null} onCancelReply={() => {}} />,
    );
    expect(screen.getByText('The 24-hour window is closed')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Message to the customer' })).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
    await userEvent.type(screen.getByRole('textbox', { name: /Template name/ }), 'welcome');
    await userEvent.click(screen.getByRole('button', { name: 'Send template' }));
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith('c1', { type: 'template', template: { name: 'welcome', language: { code: 'en_US' } } }),
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
