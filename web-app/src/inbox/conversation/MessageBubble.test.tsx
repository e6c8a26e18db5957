import { screen, waitFor } from '@testing-library/react';
import type { Message } from '../../api/types';
import { renderWithApp } from '../../test/render';
import { MessageBubble } from './MessageBubble';

const fetchMedia = vi.fn();
vi.mock('../api', async (original) => ({
  ...(await original<typeof import('../api')>()),
  fetchMedia: (...args: unknown[]) => fetchMedia(...args),
}));

const base: Message = {
  id: 'm2', conversationId: 'c1', direction: 'OUTBOUND', sender: 'AGENT', type: 'text', text: 'Your order left',
  createdAt: '2026-12-01T15:30:00Z', status: 'FAILED', errorCode: '131047', errorReason: 'Re-engagement message',
};

describe('message bubble', () => {
  it('shows the sender, the time in the tenant zone and a failure with its reason', async () => {
    await renderWithApp(<MessageBubble message={base} quoted={null} />);
    const article = screen.getByRole('article', { name: /Message from Agent/ });
    expect(article).toHaveTextContent('Your order left');
    expect(article).toHaveTextContent('12:30');
    expect(screen.getByRole('img', { name: 'Failed: Re-engagement message — 131047' })).toBeInTheDocument();
  });

  it('shows read ticks in Portuguese, the quoted message and the reaction', async () => {
    const quoted: Message = { ...base, id: 'm1', direction: 'INBOUND', sender: 'CUSTOMER', text: 'Where is my order?', status: null };
    await renderWithApp(
      <MessageBubble message={{ ...base, status: 'READ', replyToMessageId: 'm1', reaction: '👍' }} quoted={quoted} />,
      { language: 'pt-BR' },
    );
    expect(screen.getByRole('img', { name: 'Lida' })).toBeInTheDocument();
    expect(screen.getByLabelText('Mensagem citada')).toHaveTextContent('Where is my order?');
    expect(screen.getByLabelText('Reação 👍')).toBeInTheDocument();
  });

  it('says a customer file is still on its way, or could not be fetched', async () => {
    const image: Message = { ...base, direction: 'INBOUND', sender: 'CUSTOMER', type: 'image', text: null, status: null, mediaStatus: 'PENDING' };
    const { rerender } = await renderWithApp(<MessageBubble message={image} quoted={null} />);
    expect(screen.getByText('Image on its way…')).toBeInTheDocument();
    rerender(<MessageBubble message={{ ...image, mediaStatus: 'FAILED', mediaError: 'provider refused' }} quoted={null} />);
    expect(screen.getByText(/could not be fetched from WhatsApp \(provider refused\)/)).toBeInTheDocument();
    expect(fetchMedia).not.toHaveBeenCalled();
  });

  it('fetches a stored image with the token and revokes its object URL when it leaves the screen', async () => {
    fetchMedia.mockResolvedValue(new Blob(['png'], { type: 'image/png' }));
    const create = vi.fn(() => 'blob:img-1');
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const image: Message = {
      ...base, direction: 'INBOUND', sender: 'CUSTOMER', type: 'image', text: null, status: null, mediaStatus: 'STORED',
      content: '{"caption":"receipt"}',
    };
    const { unmount } = await renderWithApp(<MessageBubble message={image} quoted={null} />);
    expect(await screen.findByRole('img', { name: 'receipt' })).toHaveAttribute('src', 'blob:img-1');
    expect(fetchMedia).toHaveBeenCalledWith('c1', 'm2', expect.any(AbortSignal));
    unmount();
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:img-1'));
  });

  it('reads locations and unsupported messages', async () => {
    const { rerender } = await renderWithApp(
      <MessageBubble message={{ ...base, type: 'location', text: null, status: 'SENT', content: { latitude: -23.5, longitude: -46.6, name: 'Office' } }} quoted={null} />,
    );
    expect(screen.getByText(/Office/)).toBeInTheDocument();
    rerender(<MessageBubble message={{ ...base, type: 'unsupported', text: null, status: 'SENT' }} quoted={null} />);
    expect(screen.getByText(/cannot show \(unsupported\)/)).toBeInTheDocument();
  });
});
