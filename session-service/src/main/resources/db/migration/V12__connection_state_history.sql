-- Every state a connection is put in, with its reason and when, written in the transaction that sets it
-- (ConnectionService): the health reports (time in each state, disconnections). The rows go with their connection.
CREATE TABLE connection_state_change (
    id             BIGSERIAL    PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    connection_id  UUID         NOT NULL REFERENCES connection (id) ON DELETE CASCADE,
    state          VARCHAR(16)  NOT NULL,
    reason         VARCHAR(300),
    at             TIMESTAMPTZ  NOT NULL
);
CREATE INDEX connection_state_change_tenant_idx ON connection_state_change (tenant_id, at);
CREATE INDEX connection_state_change_connection_idx ON connection_state_change (connection_id, at);
SELECT isolate_by_tenant('connection_state_change');

-- Connections made before this history existed start it with their current state, from the moment they entered it
-- (state_changed_at, which V3 set to updated_at); what they went through before that is not known and not counted.
-- The migration sees every tenant's rows through the platform bypass, for this transaction only.
SELECT set_config('app.bypass_rls', 'on', true);
INSERT INTO connection_state_change (tenant_id, connection_id, state, reason, at)
SELECT tenant_id, id, state, state_reason, state_changed_at FROM connection;
