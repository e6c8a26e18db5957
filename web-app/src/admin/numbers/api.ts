import { api, unwrap } from '../../api/client';
import type { Connection } from '../../api/types';

/** A QR code to scan (a PNG data URL), with the pairing code when the provider gives one. */
export interface QrCode {
  base64: string;
  pairingCode: string | null;
}

export type NewEvolutionNumber = { type: 'EVOLUTION'; name: string };
export type NewCloudApiNumber = {
  type: 'CLOUD_API';
  name: string;
  phoneNumberId: string;
  businessAccountId: string;
  accessToken: string;
  appSecret: string;
};

export interface NumberChanges {
  name?: string;
  enabled?: boolean;
  sendRatePerSecond?: number;
  bot?: 'DEFAULT' | 'ON' | 'OFF';
}

export function qrOf(connection: Connection): QrCode | null {
  const qr = connection.qr;
  return qr?.base64 ? { base64: qr.base64, pairingCode: qr.pairingCode ?? null } : null;
}

export async function createNumber(body: NewEvolutionNumber | NewCloudApiNumber): Promise<Connection> {
  return (await unwrap(api().POST('/api/connections', { body }))) as Connection;
}

export async function getNumber(id: string): Promise<Connection> {
  return (await unwrap(api().GET('/api/connections/{id}', { params: { path: { id } } }))) as Connection;
}

export async function currentQr(id: string): Promise<QrCode | null> {
  const view = (await unwrap(api().GET('/api/connections/{id}/qr', { params: { path: { id } } }))) as Connection;
  return qrOf(view);
}

export async function reconnectNumber(id: string): Promise<Connection> {
  return (await unwrap(api().POST('/api/connections/{id}/reconnect', { params: { path: { id } } }))) as Connection;
}

export async function logOutNumber(id: string): Promise<Connection> {
  return (await unwrap(api().POST('/api/connections/{id}/logout', { params: { path: { id } } }))) as Connection;
}

export async function updateNumber(id: string, body: NumberChanges): Promise<Connection> {
  return (await unwrap(api().PATCH('/api/connections/{id}', { params: { path: { id } }, body }))) as Connection;
}

export async function deleteNumber(id: string): Promise<void> {
  await unwrap(api().DELETE('/api/connections/{id}', { params: { path: { id } } }));
}
