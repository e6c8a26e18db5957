-- each number's bot switch as session-service announces it (connection.changed "bot"): DEFAULT follows the tenant's
-- bot setting, ON and OFF override it for that number; numbers announced before the switch follow their tenant
ALTER TABLE connection_profile ADD COLUMN bot VARCHAR(8) NOT NULL DEFAULT 'DEFAULT'
    CONSTRAINT connection_profile_bot_ck CHECK (bot IN ('DEFAULT', 'ON', 'OFF'));
