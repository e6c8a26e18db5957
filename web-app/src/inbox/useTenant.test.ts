import type { Tenant } from '../api/types';
import { botAnswers } from './useTenant';

const tenant = (botEnabled: boolean, url: string | null): Tenant =>
  ({ id: 't', settings: { botEnabled, automationWebhookUrl: url } }) as Tenant;

describe('whether the bot answers a conversation handed back', () => {
  it('follows the company unless the number says otherwise', () => {
    expect(botAnswers(tenant(true, 'https://n8n.example'), 'DEFAULT')).toBe(true);
    expect(botAnswers(tenant(true, 'https://n8n.example'), undefined)).toBe(true);
    expect(botAnswers(tenant(true, 'https://n8n.example'), 'OFF')).toBe(false);
    expect(botAnswers(tenant(false, 'https://n8n.example'), 'ON')).toBe(true);
    expect(botAnswers(tenant(false, 'https://n8n.example'), 'DEFAULT')).toBe(false);
  });

  it('never without an automation URL', () => {
    expect(botAnswers(tenant(true, null), 'ON')).toBe(false);
    expect(botAnswers(undefined, 'ON')).toBe(false);
  });
});
