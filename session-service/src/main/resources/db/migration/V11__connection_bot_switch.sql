-- The bot switch of each number: DEFAULT follows the tenant's bot setting, ON and OFF override it for this number
-- (message-service decides from the connection.changed events). Existing numbers follow their tenant.
ALTER TABLE connection ADD COLUMN bot VARCHAR(8) NOT NULL DEFAULT 'DEFAULT'
    CONSTRAINT connection_bot_ck CHECK (bot IN ('DEFAULT', 'ON', 'OFF'));
