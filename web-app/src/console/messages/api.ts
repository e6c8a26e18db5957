import { api, unwrap } from '../../api/client';
import type { components } from '../../api/generated/message';

/** Counts of messages and failures of a period (of one company, or of all) and the backlogs now. */
export type MessagesSummary = components['schemas']['PlatformSummary'];
/** Messages per UTC day of the whole platform (days with none left out). */
export type MessagesDaily = components['schemas']['PlatformDaily'];

/** UTC days (YYYY-MM-DD), both included; optionally one company. */
export interface MessagesQuery {
  from: string;
  to: string;
  tenantId?: string;
}

/** Never contents: counts only. */
export async function getMessagesSummary(query: MessagesQuery): Promise<MessagesSummary> {
  return unwrap(api().GET('/api/admin/messages/summary', { params: { query: { ...query } } }));
}

export async function getMessagesDaily(query: Omit<MessagesQuery, 'tenantId'>): Promise<MessagesDaily> {
  return unwrap(api().GET('/api/admin/messages/daily', { params: { query: { from: query.from, to: query.to } } }));
}
