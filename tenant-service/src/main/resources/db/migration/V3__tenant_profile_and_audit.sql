ALTER TABLE tenant
    ADD COLUMN domains                 TEXT         NOT NULL DEFAULT '',
    ADD COLUMN max_connections         INT          NOT NULL DEFAULT 3,
    ADD COLUMN max_agents              INT          NOT NULL DEFAULT 10,
    ADD COLUMN messages_per_month      INT          NOT NULL DEFAULT 10000,
    ADD COLUMN automation_webhook_url  VARCHAR(2048),
    ADD COLUMN bot_enabled             BOOLEAN      NOT NULL DEFAULT false,
    ADD COLUMN timezone                VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    ADD COLUMN default_language        VARCHAR(35)  NOT NULL DEFAULT 'en',
    ADD COLUMN status_reason           VARCHAR(500),
    ADD COLUMN deleted_at              TIMESTAMPTZ,
    ADD COLUMN version                 BIGINT       NOT NULL DEFAULT 0;
CREATE INDEX tenant_status_idx ON tenant (status, created_at);

-- Who did what to which tenant's data, and when. Platform admins read all (audited bypass), tenant admins their own.
CREATE TABLE audit_entry (
    id          BIGSERIAL    PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    actor_id    VARCHAR(64)  NOT NULL,
    actor_name  VARCHAR(255) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target      VARCHAR(255) NOT NULL,
    request_id  VARCHAR(64),
    summary     TEXT,
    at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX audit_entry_tenant_idx ON audit_entry (tenant_id, at DESC, id DESC);
SELECT isolate_by_tenant('audit_entry');
