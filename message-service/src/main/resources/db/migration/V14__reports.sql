-- Reports. Messages are counted per UTC hour of their creation, tenant, number, direction, status and error code
-- (message_tally). Each insert of a message and each change of its status or error code appends its +1/-1 to
-- message_tally_change (a statement trigger: one insert per statement, no shared row locked); the tally job sums
-- them into message_tally and records when it last caught up (message_tally_refresh.refreshed_at: "asOf").
CREATE TABLE message_tally (
    tenant_id      VARCHAR(64)  NOT NULL,
    hour           TIMESTAMPTZ  NOT NULL,
    connection_id  UUID         NOT NULL,
    direction      VARCHAR(8)   NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    error_code     VARCHAR(32)  NOT NULL,
    messages       BIGINT       NOT NULL,
    error_title    VARCHAR(500),
    CONSTRAINT message_tally_pk PRIMARY KEY (tenant_id, hour, connection_id, direction, status, error_code)
);
CREATE INDEX message_tally_hour_idx ON message_tally (hour);
CREATE INDEX message_tally_pending_idx ON message_tally (tenant_id) INCLUDE (messages) WHERE status = 'PENDING';

CREATE TABLE message_tally_change (
    id               BIGSERIAL    PRIMARY KEY,
    tenant_id        VARCHAR(64)  NOT NULL,
    conversation_id  UUID         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    direction        VARCHAR(8)   NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    error_code       VARCHAR(32)  NOT NULL,
    error_title      VARCHAR(500),
    delta            INT          NOT NULL
);

CREATE TABLE message_tally_refresh (
    id            SMALLINT     PRIMARY KEY CHECK (id = 1),
    refreshed_at  TIMESTAMPTZ  NOT NULL
);

CREATE FUNCTION message_tally_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO message_tally_change (tenant_id, conversation_id, created_at, direction, status, error_code,
                                      error_title, delta)
    SELECT tenant_id, conversation_id, created_at, direction, coalesce(status, ''), coalesce(error_code, ''),
           left(error_reason, 500), 1
    FROM added;
    RETURN NULL;
END $$;

CREATE FUNCTION message_tally_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO message_tally_change (tenant_id, conversation_id, created_at, direction, status, error_code,
                                      error_title, delta)
    SELECT o.tenant_id, o.conversation_id, o.created_at, o.direction, coalesce(o.status, ''),
           coalesce(o.error_code, ''), NULL, -1
    FROM before o JOIN after n ON n.id = o.id
    WHERE o.status IS DISTINCT FROM n.status OR o.error_code IS DISTINCT FROM n.error_code
    UNION ALL
    SELECT n.tenant_id, n.conversation_id, n.created_at, n.direction, coalesce(n.status, ''),
           coalesce(n.error_code, ''), left(n.error_reason, 500), 1
    FROM before o JOIN after n ON n.id = o.id
    WHERE o.status IS DISTINCT FROM n.status OR o.error_code IS DISTINCT FROM n.error_code;
    RETURN NULL;
END $$;

CREATE TRIGGER message_tally_added AFTER INSERT ON message REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION message_tally_added();
CREATE TRIGGER message_tally_moved AFTER UPDATE ON message REFERENCING OLD TABLE AS before NEW TABLE AS after
    FOR EACH STATEMENT EXECUTE FUNCTION message_tally_moved();

-- One row per time a customer opens a conversation (its first message, or the first after it was resolved):
-- when the first reply of a person came (the bot's excluded) and who wrote it, when it was resolved (cleared by a
-- reopen: the resolution is the last one) and the agent credited with it. conversation.episode_id: the latest.
CREATE TABLE conversation_episode (
    id               UUID         PRIMARY KEY,
    tenant_id        VARCHAR(64)  NOT NULL,
    conversation_id  UUID         NOT NULL REFERENCES conversation (id),
    connection_id    UUID         NOT NULL,
    opened_at        TIMESTAMPTZ  NOT NULL,
    first_reply_at   TIMESTAMPTZ,
    first_reply_by   VARCHAR(64),
    resolved_at      TIMESTAMPTZ,
    resolved_by      VARCHAR(64)
);
CREATE INDEX conversation_episode_opened_idx ON conversation_episode (tenant_id, opened_at)
    INCLUDE (connection_id);
CREATE INDEX conversation_episode_replied_idx ON conversation_episode (tenant_id, first_reply_at)
    INCLUDE (opened_at, connection_id, first_reply_by) WHERE first_reply_at IS NOT NULL;
CREATE INDEX conversation_episode_resolved_idx ON conversation_episode (tenant_id, resolved_at)
    INCLUDE (opened_at, connection_id, resolved_by) WHERE resolved_at IS NOT NULL;
ALTER TABLE conversation ADD COLUMN episode_id UUID;

-- platform statistics: dead-lettered automation deliveries by when they were given up
CREATE INDEX automation_delivery_dead_idx ON automation_delivery (updated_at) WHERE status = 'DEAD';

SELECT isolate_by_tenant('message_tally');
SELECT isolate_by_tenant('message_tally_change');
SELECT isolate_by_tenant('conversation_episode');

-- what is already there: counted at once, and one episode per conversation a customer wrote in (opened at the
-- first customer message; resolved ones at their last message, the time of the resolution not being known)
SELECT set_config('app.bypass_rls', 'on', true);

INSERT INTO message_tally (tenant_id, hour, connection_id, direction, status, error_code, messages, error_title)
SELECT m.tenant_id, date_trunc('hour', m.created_at, 'UTC'), c.connection_id, m.direction, coalesce(m.status, ''),
       coalesce(m.error_code, ''), count(*), max(left(m.error_reason, 500))
FROM message m JOIN conversation c ON c.id = m.conversation_id
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO message_tally_refresh (id, refreshed_at) VALUES (1, now());

INSERT INTO conversation_episode (id, tenant_id, conversation_id, connection_id, opened_at, first_reply_at,
                                  first_reply_by, resolved_at)
SELECT gen_random_uuid(), c.tenant_id, c.id, c.connection_id, opened.at, reply.created_at, reply.sender_id,
       CASE WHEN c.status = 'RESOLVED' THEN greatest(c.last_message_at, opened.at) END
FROM conversation c
JOIN LATERAL (SELECT min(m.created_at) AS at FROM message m
              WHERE m.tenant_id = c.tenant_id AND m.conversation_id = c.id AND m.direction = 'INBOUND') opened
    ON opened.at IS NOT NULL
LEFT JOIN LATERAL (SELECT m.created_at, m.sender_id FROM message m
                   WHERE m.tenant_id = c.tenant_id AND m.conversation_id = c.id AND m.direction = 'OUTBOUND'
                     AND m.sender IN ('AGENT', 'PHONE') AND m.created_at >= opened.at
                   ORDER BY m.created_at, m.seq LIMIT 1) reply ON true;

UPDATE conversation c SET episode_id = e.id FROM conversation_episode e WHERE e.conversation_id = c.id;
