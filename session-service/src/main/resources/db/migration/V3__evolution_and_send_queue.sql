-- Evolution API connections: the platform's instance name, the instance token and the secret header the
-- instance sends with its webhooks (both AES-GCM ciphertext), and automatic reconnection.
ALTER TABLE connection ADD COLUMN instance_name       VARCHAR(64);
ALTER TABLE connection ADD COLUMN instance_token_enc  TEXT;
ALTER TABLE connection ADD COLUMN webhook_secret_enc  TEXT;
ALTER TABLE connection ADD COLUMN state_changed_at    TIMESTAMPTZ;
ALTER TABLE connection ADD COLUMN reconnect_at        TIMESTAMPTZ;
ALTER TABLE connection ADD COLUMN reconnect_attempts  INT NOT NULL DEFAULT 0;
-- messages per second this number may send (null: the platform default)
ALTER TABLE connection ADD COLUMN send_rate_per_second INT;
UPDATE connection SET state_changed_at = updated_at;
ALTER TABLE connection ALTER COLUMN state_changed_at SET NOT NULL;
CREATE UNIQUE INDEX connection_instance_name_uq ON connection (instance_name) WHERE instance_name IS NOT NULL;
CREATE INDEX connection_reconnect_idx ON connection (reconnect_at) WHERE reconnect_at IS NOT NULL;

-- The dispatch log becomes the durable send queue: a command is QUEUED until sent or finally FAILED.
ALTER TABLE dispatch RENAME COLUMN outcome TO status;
ALTER TABLE dispatch ADD COLUMN command          TEXT;
ALTER TABLE dispatch ADD COLUMN recipient        VARCHAR(64);
ALTER TABLE dispatch ADD COLUMN attempts         INT NOT NULL DEFAULT 0;
ALTER TABLE dispatch ADD COLUMN next_attempt_at  TIMESTAMPTZ;
ALTER TABLE dispatch ADD COLUMN lease_until      TIMESTAMPTZ;
ALTER TABLE dispatch ADD COLUMN updated_at       TIMESTAMPTZ;
UPDATE dispatch SET updated_at = created_at;
ALTER TABLE dispatch ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX dispatch_due_idx ON dispatch (next_attempt_at) WHERE status = 'QUEUED';
