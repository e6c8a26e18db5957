import { api, unwrap } from '../../api/client';
import type { Agent } from '../../api/types';

/** The roles a company gives its people (Keycloak realm roles). */
export const ROLES = ['agent', 'tenant-admin'] as const;
export type TeamRole = (typeof ROLES)[number];

/**
 * Someone new: without `password` they are invited by e-mail (a link to choose their own password); with one,
 * `temporaryPassword` says whether they must choose a new one when they first sign in.
 */
export interface NewPerson {
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  role: TeamRole;
  password?: string;
  temporaryPassword?: boolean;
}

export interface PersonChanges {
  enabled?: boolean;
  role?: TeamRole;
}

export async function listTeam(): Promise<Agent[]> {
  return (await unwrap(api().GET('/api/tenant/agents'))) as Agent[];
}

export async function addPerson(body: NewPerson): Promise<Agent> {
  return (await unwrap(api().POST('/api/tenant/agents', { body }))) as Agent;
}

export async function updatePerson(id: string, body: PersonChanges): Promise<Agent> {
  return (await unwrap(api().PATCH('/api/tenant/agents/{id}', { params: { path: { id } }, body }))) as Agent;
}

/** E-mails the person a link to choose a new password (their current one keeps working until then). */
export async function sendPasswordReset(id: string): Promise<void> {
  await unwrap(api().POST('/api/tenant/agents/{id}/password-reset', { params: { path: { id } } }));
}

/** A password the admin hands over; the person chooses a new one when they next sign in. */
export async function setTemporaryPassword(id: string, temporaryPassword: string): Promise<void> {
  await unwrap(api().POST('/api/tenant/agents/{id}/password', { params: { path: { id } }, body: { temporaryPassword } }));
}

/** The name people know someone by: first and last name, or the username. */
export function nameOf(person: Pick<Agent, 'firstName' | 'lastName' | 'username'>): string {
  return [person.firstName, person.lastName].filter(Boolean).join(' ') || person.username || '';
}

/** Enabled people hold a seat of the plan; a disabled one frees theirs. */
export function seatsUsed(team: readonly Agent[]): number {
  return team.filter((p) => p.enabled !== false).length;
}

/** Enabled people first, then by name, in the reader's language. */
export function sortTeam(team: readonly Agent[], locale: string): Agent[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...team].sort(
    (a, b) => Number(a.enabled === false) - Number(b.enabled === false) || collator.compare(nameOf(a), nameOf(b)),
  );
}
