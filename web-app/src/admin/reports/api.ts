import { api, unwrap } from '../../api/client';
import type { components as MessageApi } from '../../api/generated/message';
import type { components as SessionApi } from '../../api/generated/session';

type MessageSchemas = MessageApi['schemas'];

/** Time from one moment of a conversation to another: the median and over how many conversations. */
export type Median = MessageSchemas['Timing'];
export type MessagesReport = MessageSchemas['MessageReport'];
export type ConversationsReport = MessageSchemas['ConversationReport'];
export type StatusesReport = MessageSchemas['StatusReport'];
export type NumberHealth = SessionApi['schemas']['ConnectionHealthView'];

/** What each report asks for: the company's days (both included, in its time zone), optionally one number. */
export interface ReportQuery {
  from: string;
  to: string;
  connectionId?: string;
}

export const reportKeys = {
  all: () => ['reports'] as const,
  report: (name: string, query: ReportQuery) => ['reports', name, query] as const,
};

function query(q: ReportQuery) {
  return { from: q.from, to: q.to, ...(q.connectionId ? { connectionId: q.connectionId } : {}) };
}

export async function messagesReport(q: ReportQuery): Promise<MessagesReport> {
  return unwrap(api().GET('/api/reports/messages', { params: { query: query(q) } }));
}

export async function conversationsReport(q: ReportQuery): Promise<ConversationsReport> {
  return unwrap(api().GET('/api/reports/conversations', { params: { query: query(q) } }));
}

export async function statusesReport(q: ReportQuery): Promise<StatusesReport> {
  return unwrap(api().GET('/api/reports/statuses', { params: { query: query(q) } }));
}

/** Each number's time in each state and its disconnections, between two instants. */
export async function numbersHealth(from: string, to: string): Promise<NumberHealth[]> {
  return unwrap(api().GET('/api/connections/health', { params: { query: { from, to } } }));
}
