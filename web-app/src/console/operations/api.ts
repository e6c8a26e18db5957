import { api, unwrap } from '../../api/client';
import type { components } from '../../api/generated/session';
import type { components as GatewayComponents } from '../../api/generated/gateway';

type GatewaySchemas = GatewayComponents['schemas'];

/** Numbers per version of the credentials key, and the version new secrets are sealed with. */
export type CredentialStatus = components['schemas']['Status'];

/** What a rotation answers: how many numbers were re-encrypted, and the status after it. */
export interface CredentialRotation extends CredentialStatus {
  rotated: number;
}

export async function getCredentialStatus(): Promise<CredentialStatus> {
  return unwrap(api().GET('/api/admin/credentials'));
}

/** Re-encrypts every number's secrets still under an older key version with the current one. */
export async function rotateCredentials(): Promise<CredentialRotation> {
  return (await unwrap(api().POST('/api/admin/credentials/rotate'))) as unknown as CredentialRotation;
}

/** How many numbers are under an older key version than the current one. */
export function underOlderKeys(status: CredentialStatus): number {
  const current = status.currentKeyVersion ?? 0;
  return Object.entries(status.connectionsByKeyVersion ?? {})
    .filter(([version]) => Number(version) !== current)
    .reduce((sum, [, count]) => sum + (count ?? 0), 0);
}

/** A replay of raw webhooks: RUNNING, then DONE or FAILED, with its counts so far. */
export type ReplayJob = GatewaySchemas['ReplayView'];

/** A range of raw webhooks (ISO-8601 instants), optionally of one number. */
export type ReplayRequest = GatewaySchemas['ReplayRequest'];

/** How many raw webhooks a replay of that range would publish again. */
export type ReplayCount = GatewaySchemas['ReplayCount'];

/** How many webhooks a replay of the range would publish again (nothing is replayed). */
export function countReplay(request: ReplayRequest): Promise<ReplayCount> {
  return unwrap(api().POST('/api/admin/webhooks/replay/count', { body: request }));
}

export async function startReplay(request: ReplayRequest): Promise<ReplayJob> {
  return (await unwrap(api().POST('/api/admin/webhooks/replay', { body: request }))) as ReplayJob;
}

export function getReplay(id: string): Promise<ReplayJob> {
  return unwrap(api().GET('/api/admin/webhooks/replay/{id}', { params: { path: { id } } }));
}

/** The longest range a replay takes. */
export const REPLAY_MAX_MS = 7 * 24 * 3600_000;
