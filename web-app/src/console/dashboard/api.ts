import { api, unwrap } from '../../api/client';
import type { components as SessionApi } from '../../api/generated/session';
import type { components as TenantApi } from '../../api/generated/tenant';

/** How many companies are in each status (every status present). */
export type TenantsSummary = TenantApi['schemas']['TenantSummaryView'];
/** Every number of the platform, by type and by state (every one present). */
export type ConnectionsSummary = SessionApi['schemas']['ConnectionSummaryView'];
export type ConnectionType = keyof ConnectionsSummary['byType'];

export async function getTenantsSummary(): Promise<TenantsSummary> {
  return unwrap(api().GET('/api/admin/tenants/summary'));
}

export async function getConnectionsSummary(): Promise<ConnectionsSummary> {
  return unwrap(api().GET('/api/admin/connections/summary'));
}
