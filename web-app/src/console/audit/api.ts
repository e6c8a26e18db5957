import { AUDIT_PAGE, type AuditEntry, type AuditQuery } from '../../admin/audit/api';
import { api, unwrap } from '../../api/client';

/** The audit log across companies (platform staff read every company's): the company's filter besides the others. */
export interface ConsoleAuditQuery extends AuditQuery {
  tenantId?: string;
}

export async function listConsoleAudit(query: ConsoleAuditQuery, page: number, size = AUDIT_PAGE): Promise<AuditEntry[]> {
  return (await unwrap(api().GET('/api/audit', { params: { query: { ...query, page, size } } }))) as AuditEntry[];
}
