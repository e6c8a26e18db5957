import { cleanup, screen } from '@testing-library/react';
import type { Conversation, Tenant } from '../../api/types';
import { renderWithApp } from '../../test/render';
import { keys } from '../model/keys';
import { ConversationHeader } from './ConversationHeader';

const conversation: Conversation = {
  id: 'c1',
  connectionId: 'n1',
  channel: 'META',
  status: 'OPEN',
  owner: 'HUMAN',
  handoffReason: null,
  assigneeId: 'me',
  unreadCount: 0,
  lastMessageAt: new Date().toISOString(),
  windowExpiresAt: null,
  labels: [],
  attributes: null,
  contact: { id: 'k1', waId: '5511999990001', name: 'Maria' },
};

const tenant = (botEnabled: boolean, automationWebhookUrl: string | null) =>
  ({ id: 't', settings: { botEnabled, automationWebhookUrl, timezone: 'America/Sao_Paulo' } }) as unknown as Tenant;

const header = (settings: Tenant) =>
  renderWithApp(
    <ConversationHeader conversation={conversation} onBack={null} onToggleContact={() => {}} contactOpen={false} />,
    { seed: (client) => client.setQueryData(keys.tenant(), settings) },
  );

describe('conversation header', () => {
  it('offers handing back to the bot when the bot answers', async () => {
    await header(tenant(true, 'https://n8n.example/webhook'));
    expect(screen.getByRole('button', { name: 'Hand back to the bot' })).toBeInTheDocument();
  });

  it('does not offer it when the bot is off or has nowhere to deliver', async () => {
    await header(tenant(false, 'https://n8n.example/webhook'));
    expect(screen.getByRole('button', { name: 'Resolve' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hand back to the bot' })).toBeNull();
    cleanup();
    await header(tenant(true, null));
    expect(screen.queryByRole('button', { name: 'Hand back to the bot' })).toBeNull();
  });
});
