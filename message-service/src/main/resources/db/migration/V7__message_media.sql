-- the file of a media message (image, audio, video, document, sticker): fetched from the provider by a worker
-- (PENDING → STORED, or FAILED after the last attempt), or uploaded by an agent (STORED at once); the bytes live
-- in the media store under the tenant's own folder, never in the database
ALTER TABLE message ADD COLUMN media_status VARCHAR(16);

CREATE TABLE message_media (
    message_id       UUID         PRIMARY KEY REFERENCES message (id),
    tenant_id        VARCHAR(64)  NOT NULL,
    connection_id    UUID         NOT NULL,
    provider_ref     VARCHAR(200),
    status           VARCHAR(16)  NOT NULL,
    mime_type        VARCHAR(200),
    file_name        VARCHAR(255),
    size_bytes       BIGINT,
    sha256           VARCHAR(64),
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    lease_until      TIMESTAMPTZ,
    last_error       VARCHAR(500),
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX message_media_tenant_idx ON message_media (tenant_id, message_id);
CREATE INDEX message_media_due_idx ON message_media (next_attempt_at) WHERE status = 'PENDING';

SELECT isolate_by_tenant('message_media');
