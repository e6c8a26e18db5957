-- labels an agent puts on a conversation, and key/value attributes an automation sets (a JSON object)
ALTER TABLE conversation ADD COLUMN labels     TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE conversation ADD COLUMN attributes TEXT;
CREATE INDEX conversation_labels_idx ON conversation USING GIN (labels);

-- internal notes: seen by the tenant's agents, never sent to the customer
CREATE TABLE conversation_note (
    id               UUID PRIMARY KEY,
    tenant_id        VARCHAR(64)   NOT NULL,
    conversation_id  UUID          NOT NULL REFERENCES conversation (id),
    author_id        VARCHAR(64)   NOT NULL,
    author_name      VARCHAR(200),
    text             VARCHAR(4000) NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX conversation_note_idx ON conversation_note (tenant_id, conversation_id, created_at, id);

-- customer messages to forward to the tenant's automation (n8n …), written with the message itself;
-- worked with SKIP LOCKED under a lease, retried with backoff, DEAD after the last attempt
CREATE TABLE automation_delivery (
    id               UUID PRIMARY KEY,
    tenant_id        VARCHAR(64)  NOT NULL,
    conversation_id  UUID         NOT NULL REFERENCES conversation (id),
    message_id       UUID         NOT NULL REFERENCES message (id),
    payload          TEXT         NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    lease_until      TIMESTAMPTZ,
    last_error       VARCHAR(500),
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT automation_delivery_message_uq UNIQUE (tenant_id, message_id)
);
CREATE INDEX automation_delivery_tenant_idx ON automation_delivery (tenant_id, status, created_at DESC);
CREATE INDEX automation_delivery_due_idx ON automation_delivery (next_attempt_at) WHERE status = 'PENDING';

-- the version of each tenant's automation signing secret (the secret is derived from the platform key and it)
CREATE TABLE automation_signing (
    tenant_id   VARCHAR(64) PRIMARY KEY,
    version     INT         NOT NULL,
    rotated_at  TIMESTAMPTZ NOT NULL
);

SELECT isolate_by_tenant('conversation_note');
SELECT isolate_by_tenant('automation_delivery');
SELECT isolate_by_tenant('automation_signing');
