-- which provider the conversation's number uses (META: the Cloud API's 24-hour window applies), and why a bot
-- conversation was handed to a person
ALTER TABLE conversation ADD COLUMN channel        VARCHAR(16);
ALTER TABLE conversation ADD COLUMN handoff_reason VARCHAR(300);
CREATE INDEX conversation_tenant_status_idx ON conversation (tenant_id, status, last_message_at DESC, id);
