-- The audit log is read newest first, by tenant (audit_entry_tenant_idx), and may be narrowed to one person or one
-- action and to a period (GET /api/audit?actorId=&action=&from=&to=): each of these readings is one index range.
CREATE INDEX audit_entry_actor_idx ON audit_entry (tenant_id, actor_id, at DESC, id DESC);
CREATE INDEX audit_entry_action_idx ON audit_entry (tenant_id, action, at DESC, id DESC);
-- platform staff reading every tenant's entries at once (no tenant to start from)
CREATE INDEX audit_entry_at_idx ON audit_entry (at DESC, id DESC);
