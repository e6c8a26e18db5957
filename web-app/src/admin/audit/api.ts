import { api, unwrap } from '../../api/client';
import type { components } from '../../api/generated/tenant';

type AuditSchema = components['schemas']['AuditView'];

/** One entry of the audit log: who did what, on what, when, and the fields recorded with it. */
export type AuditEntry = Omit<AuditSchema, 'id' | 'action' | 'at' | 'details'> & {
  id: number;
  action: string;
  at: string;
  details?: Record<string, unknown> | null;
};

/** What the page asks the service for: each part optional, the period as instants (from inclusive, to exclusive). */
export interface AuditQuery {
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

export const AUDIT_PAGE = 50;

/**
 * The actions a company's log holds, by what they concern (the services record them; an action not listed here
 * is shown as it is recorded).
 */
export const AUDIT_ACTIONS = {
  numbers: [
    'connection.create',
    'connection.update',
    'connection.reconnect',
    'connection.refresh',
    'connection.logout',
    'connection.delete',
  ],
  team: ['agent.create', 'agent.update', 'agent.password-reset-email', 'agent.password-reset'],
  quickReplies: ['quick-reply.create', 'quick-reply.update', 'quick-reply.delete'],
  settings: ['settings.update', 'apikey.create', 'apikey.revoke', 'automation.signing-secret.rotate', 'automation.retry'],
  conversations: ['conversation.handoff'],
  company: ['tenant.create', 'tenant.update', 'tenant.suspend', 'tenant.reactivate', 'tenant.delete'],
} as const;

/**
 * The platform's own actions, which a company's log does not hold: platform staff read them in the log across
 * companies (a company purged, received webhooks replayed, staff reading across companies).
 */
export const PLATFORM_ACTIONS = ['tenant.purge', 'webhooks.replay', 'platform.bypass'] as const;

const KNOWN = new Set<string>([...Object.values(AUDIT_ACTIONS).flat(), ...PLATFORM_ACTIONS]);

export function isKnownAction(action: string): boolean {
  return KNOWN.has(action);
}

/** Actions whose recorded fields are [before, after] pairs: what changed, and only that. */
export const CHANGE_PAIRS = new Set([
  'settings.update',
  'tenant.update',
  'connection.update',
  'connection.reconnect',
  'connection.refresh',
  'connection.logout',
]);

export const auditKeys = {
  all: () => ['audit'] as const,
  list: (query: AuditQuery) => ['audit', query] as const,
};

export async function listAudit(query: AuditQuery, page: number): Promise<AuditEntry[]> {
  return (await unwrap(
    api().GET('/api/audit', { params: { query: { ...query, page, size: AUDIT_PAGE } } }),
  )) as AuditEntry[];
}
