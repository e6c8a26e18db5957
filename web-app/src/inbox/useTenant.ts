import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Tenant } from '../api/types';
import { keys } from './model/keys';

/** The signed-in person's organization (time zone, bot settings), fetched once and shared. */
export function useTenant() {
  return useQuery({
    queryKey: keys.tenant(),
    queryFn: async () => (await unwrap(api().GET('/api/tenant'))) as Tenant,
    staleTime: 10 * 60_000,
  });
}

/**
 * Whether a conversation handed back would be answered: the bot is on — for the conversation's number when it says
 * so (`ON` / `OFF`), else for the company — and the company has somewhere to deliver to.
 */
export function botAnswers(tenant: Tenant | undefined, numberBot?: string | null): boolean {
  const on = numberBot === 'ON' || (numberBot !== 'OFF' && Boolean(tenant?.settings?.botEnabled));
  return on && Boolean(tenant?.settings?.automationWebhookUrl);
}
