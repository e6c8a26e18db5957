/** Query keys of the console's cached data (TanStack Query), apart from the company's own pages'. */
export const consoleKeys = {
  all: () => ['console'] as const,
  tenants: () => ['console', 'tenants'] as const,
  tenantList: (query: object) => ['console', 'tenants', 'list', query] as const,
  tenant: (id: string) => ['console', 'tenants', id] as const,
  overview: (id: string) => ['console', 'tenants', id, 'overview'] as const,
  tenantNumbers: (id: string) => ['console', 'tenants', id, 'numbers'] as const,
  tenantPeople: (id: string) => ['console', 'tenants', id, 'people'] as const,
  tenantAudit: (id: string) => ['console', 'tenants', id, 'audit'] as const,
  messagesSummary: (query: object) => ['console', 'messages', 'summary', query] as const,
  messagesDaily: (query: object) => ['console', 'messages', 'daily', query] as const,
  tenantsSummary: () => ['console', 'tenants-summary'] as const,
  connectionsSummary: () => ['console', 'connections-summary'] as const,
  credentials: () => ['console', 'credentials'] as const,
  replay: (id: string) => ['console', 'replay', id] as const,
  audit: (query: object) => ['console', 'audit', query] as const,
};
