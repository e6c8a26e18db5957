-- Automation API keys: only a SHA-256 of each key is kept; the key itself is shown once, at creation.
CREATE TABLE api_key (
    id           UUID PRIMARY KEY,
    tenant_id    VARCHAR(64)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    prefix       VARCHAR(16)  NOT NULL UNIQUE,
    secret_hash  CHAR(64)     NOT NULL,
    created_by   VARCHAR(255) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_key_tenant_idx ON api_key (tenant_id, created_at);
SELECT isolate_by_tenant('api_key');
