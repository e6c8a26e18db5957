-- audit records published by the other services arrive at least once: their event id makes them idempotent
ALTER TABLE audit_entry ADD COLUMN event_id UUID UNIQUE;
