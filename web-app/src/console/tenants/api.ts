import { api, unwrap } from '../../api/client';
import type { components } from '../../api/generated/tenant';
import type { Agent, Tenant } from '../../api/types';
import type { NewPerson } from '../../admin/team/api';
import type { components as SessionApi } from '../../api/generated/session';

export type { Tenant };
export type Overview = components['schemas']['Overview'];
/** A company's number as the platform sees it: settings and health, never a secret. */
export type AdminConnection = SessionApi['schemas']['PlatformConnectionView'];
export type TenantStatus = keyof components['schemas']['TenantSummaryView'];

export const TENANT_STATUSES: readonly TenantStatus[] = ['ACTIVE', 'SUSPENDED', 'DELETED', 'PURGED'];

export function isTenantStatus(value: string | null | undefined): value is TenantStatus {
  return TENANT_STATUSES.includes(value as TenantStatus);
}

/** Companies per page of the list. */
export const TENANTS_PAGE = 20;

export interface TenantQuery {
  q: string;
  status: TenantStatus | null;
  page: number;
}

/** What a plan allows; the media quota in bytes, retention in days (0: media kept for good). */
export interface PlanLimits {
  maxConnections: number;
  maxAgents: number;
  messagesPerMonth: number;
  mediaQuotaBytes: number;
  mediaRetentionDays: number;
}

/** A plan's limits in a change: also the API's requests per minute (0: the platform's default). */
export type PlanChanges = Partial<PlanLimits & { apiRequestsPerMinute: number }>;

export const GIB = 1024 ** 3;

/** tenant-service's default plan (TenantsConfig), offered for a new company. */
export const DEFAULT_PLAN: PlanLimits = {
  maxConnections: 3,
  maxAgents: 10,
  messagesPerMonth: 10_000,
  mediaQuotaBytes: 5 * GIB,
  mediaRetentionDays: 0,
};

export interface NewTenant {
  slug: string;
  name: string;
  domains?: string[];
  limits: PlanLimits;
}

export async function listTenants(query: TenantQuery): Promise<Tenant[]> {
  return unwrap(
    api().GET('/api/admin/tenants', {
      params: {
        query: {
          ...(query.q ? { q: query.q } : {}),
          ...(query.status ? { status: query.status } : {}),
          page: query.page,
          size: TENANTS_PAGE,
        },
      },
    }),
  );
}

/** Every company the console can name (the first 200, enough for the audit's filter). */
export async function listAllTenants(): Promise<Tenant[]> {
  return unwrap(api().GET('/api/admin/tenants', { params: { query: { page: 0, size: 200 } } }));
}

export async function getTenant(id: string): Promise<Tenant> {
  return unwrap(api().GET('/api/admin/tenants/{id}', { params: { path: { id } } }));
}

export async function createTenant(body: NewTenant): Promise<Tenant> {
  return (await unwrap(api().POST('/api/admin/tenants', { body }))) as Tenant;
}

export async function updateTenant(id: string, body: PlanChanges): Promise<Tenant> {
  return unwrap(api().PATCH('/api/admin/tenants/{id}', { params: { path: { id } }, body }));
}

export async function suspendTenant(id: string, reason: string): Promise<Tenant> {
  return unwrap(api().POST('/api/admin/tenants/{id}/suspend', { params: { path: { id } }, body: { reason } }));
}

export async function reactivateTenant(id: string): Promise<Tenant> {
  return unwrap(api().POST('/api/admin/tenants/{id}/reactivate', { params: { path: { id } } }));
}

export async function deleteTenant(id: string): Promise<void> {
  await unwrap(api().DELETE('/api/admin/tenants/{id}', { params: { path: { id } } }));
}

/** Purges a deleted company now; its slug, typed again, confirms it. */
export async function purgeTenant(id: string, confirmSlug: string): Promise<Tenant> {
  return unwrap(api().POST('/api/admin/tenants/{id}/purge', { params: { path: { id } }, body: { confirmSlug } }));
}

/** A company's admin (role tenant-admin): invited by e-mail, or with a temporary password. */
export async function addAdmin(id: string, person: NewPerson): Promise<Agent> {
  return (await unwrap(api().POST('/api/admin/tenants/{id}/admins', { params: { path: { id } }, body: person }))) as Agent;
}

export async function getOverview(id: string): Promise<Overview> {
  return unwrap(api().GET('/api/admin/tenants/{id}/overview', { params: { path: { id } } }));
}

/** A company's numbers and their health: names, states, disconnections; nothing of their messages. */
export async function listTenantNumbers(tenantId: string): Promise<AdminConnection[]> {
  return unwrap(api().GET('/api/admin/connections', { params: { query: { tenantId } } }));
}

/** A company's people (admins and agents): role, state, last sign-in. */
export async function listTenantPeople(tenantId: string): Promise<Agent[]> {
  return unwrap(api().GET('/api/admin/tenants/{id}/agents', { params: { path: { id: tenantId } } }));
}

/** The plan a company has, in the shape of the form (the service's figures, else the default plan's). */
export function planOf(tenant: Tenant): PlanLimits & { apiRequestsPerMinute: number } {
  const limits = tenant.limits ?? {};
  return {
    maxConnections: limits.maxConnections ?? DEFAULT_PLAN.maxConnections,
    maxAgents: limits.maxAgents ?? DEFAULT_PLAN.maxAgents,
    messagesPerMonth: limits.messagesPerMonth ?? DEFAULT_PLAN.messagesPerMonth,
    mediaQuotaBytes: limits.mediaQuotaBytes ?? DEFAULT_PLAN.mediaQuotaBytes,
    mediaRetentionDays: limits.mediaRetentionDays ?? DEFAULT_PLAN.mediaRetentionDays,
    apiRequestsPerMinute: limits.apiRequestsPerMinute ?? 0,
  };
}
