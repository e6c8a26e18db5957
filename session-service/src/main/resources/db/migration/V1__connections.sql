CREATE TABLE connection (
    id                    UUID PRIMARY KEY,
    tenant_id             VARCHAR(64)  NOT NULL,
    type                  VARCHAR(16)  NOT NULL,
    name                  VARCHAR(100) NOT NULL,
    phone_number_id       VARCHAR(64),
    business_account_id   VARCHAR(64),
    display_phone_number  VARCHAR(32),
    state                 VARCHAR(16)  NOT NULL,
    state_reason          VARCHAR(300),
    enabled               BOOLEAN      NOT NULL,
    access_token_enc      TEXT,
    app_secret_enc        TEXT,
    verify_token_enc      TEXT,
    key_version           INT          NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX connection_tenant_idx ON connection (tenant_id, created_at);
-- one number is connected once across the platform
CREATE UNIQUE INDEX connection_phone_number_uq ON connection (phone_number_id) WHERE phone_number_id IS NOT NULL;

-- Idempotency of outbound sends: one row per message the provider was asked to send.
CREATE TABLE dispatch (
    message_id           UUID PRIMARY KEY,
    tenant_id            VARCHAR(64)  NOT NULL,
    connection_id        UUID         NOT NULL,
    outcome              VARCHAR(16)  NOT NULL,
    provider_message_id  VARCHAR(200),
    error_code           VARCHAR(32),
    error_reason         VARCHAR(500),
    created_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX dispatch_tenant_idx ON dispatch (tenant_id, created_at);
