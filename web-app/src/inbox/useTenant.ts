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

/** Whether a conversation handed back would be answered: the bot is on and has somewhere to deliver to. */
export function botAnswers(tenant: Tenant | undefined): boolean {
  return Boolean(tenant?.settings?.botEnabled && tenant.settings.automationWebhookUrl);
}
