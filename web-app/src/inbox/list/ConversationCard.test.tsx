import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Conversation } from '../../api/types';
import { renderWithApp } from '../../test/render';
import { ConversationCard } from './ConversationCard';

const conversation: Conversation = {
  id: 'c1',
  connectionId: 'n1',
  channel: 'META',
  status: 'OPEN',
  owner: 'BOT',
  handoffReason: null,
  assigneeId: null,
  unreadCount: 2,
  lastMessageAt: new Date().toISOString(),
  windowExpiresAt: new Date(Date.now() + 3 * 3_600_000 + 120_000).toISOString(),
  labels: ['vip'],
  attributes: null,
  contact: { id: 'k1', waId: '5511999990001', name: 'Maria' },
};

describe('conversation card', () => {
  it('shows who, unread, the bot, the window and labels', async () => {
    const onOpen = vi.fn();
    await renderWithApp(<ConversationCard conversation={conversation} selected={false} onOpen={onOpen} />, { language: 'pt-BR' });
    const card = screen.getByRole('button', { name: /Maria.*2 não lidas/ });
    expect(card).toHaveTextContent('Bot');
    expect(card).toHaveTextContent('vip');
    expect(card).toHaveTextContent(/Restam 3 h [12] min/);
    await userEvent.click(card);
    expect(onOpen).toHaveBeenCalledWith('c1');
  });

  it('shows the number when the contact has no name', async () => {
    await renderWithApp(
      <ConversationCard conversation={{ ...conversation, contact: { id: 'k', waId: '5511', name: null }, unreadCount: 0 }} selected onOpen={() => {}} />,
    );
    expect(screen.getByRole('button', { name: /\+5511/ })).toHaveAttribute('aria-current', 'true');
  });
});
