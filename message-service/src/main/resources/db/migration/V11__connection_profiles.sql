-- what message-service knows of each WhatsApp connection (from session.events): the business number and the name
-- the tenant gave it, for the payloads forwarded to the tenant's automation
CREATE TABLE connection_profile (
    connection_id         UUID         PRIMARY KEY,
    tenant_id             VARCHAR(64)  NOT NULL,
    name                  VARCHAR(200),
    display_phone_number  VARCHAR(40),
    updated_at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX connection_profile_tenant_idx ON connection_profile (tenant_id, connection_id);

SELECT isolate_by_tenant('connection_profile');
