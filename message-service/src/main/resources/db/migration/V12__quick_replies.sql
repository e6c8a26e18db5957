-- quick replies: a tenant's canned answers, inserted by an agent who types /<shortcut>; managed by tenant admins
CREATE TABLE quick_reply (
    id          UUID          PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    shortcut    VARCHAR(32)   NOT NULL CHECK (shortcut ~ '^[a-z0-9_-]{1,32}$'),
    text        VARCHAR(4096) NOT NULL,
    media_url   VARCHAR(2000),
    media_type  VARCHAR(16)   CHECK (media_type IN ('image', 'video', 'audio', 'document')),
    created_by  VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    CONSTRAINT quick_reply_shortcut_uq UNIQUE (tenant_id, shortcut),
    CONSTRAINT quick_reply_media_ck CHECK ((media_url IS NULL) = (media_type IS NULL))
);

SELECT isolate_by_tenant('quick_reply');
