CREATE TABLE contact (
    id             UUID PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    wa_id          VARCHAR(32)  NOT NULL,
    profile_name   VARCHAR(200),
    first_seen_at  TIMESTAMPTZ  NOT NULL,
    last_seen_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT contact_wa_id_uq UNIQUE (tenant_id, wa_id)
);

CREATE TABLE conversation (
    id                  UUID PRIMARY KEY,
    tenant_id           VARCHAR(64)  NOT NULL,
    contact_id          UUID         NOT NULL REFERENCES contact (id),
    connection_id       UUID         NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    owner               VARCHAR(8)   NOT NULL,
    assignee_id         VARCHAR(64),
    unread_count        INT          NOT NULL DEFAULT 0,
    last_message_at     TIMESTAMPTZ  NOT NULL,
    window_expires_at   TIMESTAMPTZ,
    created_at          TIMESTAMPTZ  NOT NULL,
    CONSTRAINT conversation_contact_connection_uq UNIQUE (tenant_id, contact_id, connection_id)
);
CREATE INDEX conversation_tenant_activity_idx ON conversation (tenant_id, last_message_at DESC, id);

CREATE TABLE message (
    id                   UUID PRIMARY KEY,
    tenant_id            VARCHAR(64)  NOT NULL,
    conversation_id      UUID         NOT NULL REFERENCES conversation (id),
    direction            VARCHAR(8)   NOT NULL,
    sender               VARCHAR(16)  NOT NULL,
    sender_id            VARCHAR(64),
    type                 VARCHAR(32)  NOT NULL,
    text                 TEXT,
    content              TEXT,
    reply_to             VARCHAR(200),
    provider_message_id  VARCHAR(200),
    status               VARCHAR(16),
    status_at            TIMESTAMPTZ,
    error_code           VARCHAR(32),
    error_reason         VARCHAR(500),
    sent_at              TIMESTAMPTZ,
    delivered_at         TIMESTAMPTZ,
    read_at              TIMESTAMPTZ,
    failed_at            TIMESTAMPTZ,
    created_at           TIMESTAMPTZ  NOT NULL
);
-- a provider message id is unique per tenant: redelivered webhooks never create a second message
CREATE UNIQUE INDEX message_provider_id_uq ON message (tenant_id, provider_message_id)
    WHERE provider_message_id IS NOT NULL;
CREATE INDEX message_conversation_idx ON message (tenant_id, conversation_id, created_at, id);

-- statuses that arrived before the send result told us the provider's id; applied when it does
CREATE TABLE early_status (
    id                   BIGSERIAL PRIMARY KEY,
    tenant_id            VARCHAR(64)  NOT NULL,
    provider_message_id  VARCHAR(200) NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    occurred_at          TIMESTAMPTZ  NOT NULL,
    error_code           VARCHAR(32),
    error_reason         VARCHAR(500)
);
CREATE INDEX early_status_provider_idx ON early_status (tenant_id, provider_message_id);
