import { api, unwrap } from '../../api/client';
import type { components as MessageApi } from '../../api/generated/message';
import type { components as TenantApi } from '../../api/generated/tenant';
import type { Tenant } from '../../api/types';

/** The secret the automation's webhook requests are signed with, its version and the header of the signature. */
export type SigningSecret = MessageApi['schemas']['SigningSecret'];
/** One message forwarded to the automation: delivered, waiting for a new attempt, or a dead letter. */
export type Delivery = MessageApi['schemas']['DeliveryView'];
/** How a test request to the automation went: answered 2xx, else why not, and how long it took. */
export type TestOutcome = MessageApi['schemas']['TestOutcome'];
/** An automation API key; `key` (the secret) is only in the answer to its creation. */
export type ApiKey = TenantApi['schemas']['KeyView'];

export const DELIVERY_STATUSES = ['DEAD', 'PENDING', 'DELIVERED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
/** The service answers at most this many deliveries (newest first); there is no cursor to page further. */
export const DELIVERIES_MAX = 200;

/** A change of the tenant's own settings (a merge patch: an absent field stays; an empty URL removes it). */
export type SettingsChange = TenantApi['schemas']['SettingsChange'];

export const settingsKeys = {
  signingSecret: () => ['automation-signing-secret'] as const,
  deliveries: () => ['automation-deliveries'] as const,
  deliveryList: (status: DeliveryStatus, limit: number) => ['automation-deliveries', status, limit] as const,
  apiKeys: () => ['api-keys'] as const,
};

export async function saveSettings(body: SettingsChange): Promise<Tenant> {
  return (await unwrap(api().PATCH('/api/tenant', { body }))) as Tenant;
}

export async function getSigningSecret(): Promise<SigningSecret> {
  return unwrap(api().GET('/api/automation/setup/signing-secret'));
}

export async function rotateSigningSecret(): Promise<SigningSecret> {
  return unwrap(api().POST('/api/automation/setup/signing-secret/rotate'));
}

export async function listDeliveries(status: DeliveryStatus, limit: number): Promise<Delivery[]> {
  return unwrap(api().GET('/api/automation/setup/deliveries', { params: { query: { status, limit } } }));
}

/** A signed test event sent to the automation URL now (nothing queued). */
export async function testAutomation(): Promise<TestOutcome> {
  return unwrap(api().POST('/api/automation/setup/test'));
}

export async function retryDelivery(id: string): Promise<Delivery> {
  return unwrap(api().POST('/api/automation/setup/deliveries/{id}/retry', { params: { path: { id } } }));
}

export async function listApiKeys(): Promise<ApiKey[]> {
  return unwrap(api().GET('/api/tenant/api-keys'));
}

export async function createApiKey(name: string): Promise<ApiKey> {
  return (await unwrap(api().POST('/api/tenant/api-keys', { body: { name } }))) as ApiKey;
}

export async function revokeApiKey(id: string): Promise<void> {
  await unwrap(api().DELETE('/api/tenant/api-keys/{id}', { params: { path: { id } } }));
}

/** Live keys first, then revoked ones; newest first within each. */
export function sortKeys(keys: readonly ApiKey[]): ApiKey[] {
  return [...keys].sort(
    (a, b) => Number(Boolean(a.revokedAt)) - Number(Boolean(b.revokedAt)) || (b.createdAt ?? '').localeCompare(a.createdAt ?? ''),
  );
}
