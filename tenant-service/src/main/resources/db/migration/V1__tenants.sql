CREATE TABLE tenant (
    id          UUID PRIMARY KEY,
    slug        VARCHAR(63)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
