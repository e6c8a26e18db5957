-- media storage per tenant: what its stored files weigh (summed against the plan's quota) and which are past the
-- plan's retention period; a file that could not be kept (or was removed) says why on its message
ALTER TABLE message ADD COLUMN media_error VARCHAR(500);

CREATE INDEX message_media_stored_idx ON message_media (tenant_id, created_at) INCLUDE (size_bytes)
    WHERE status = 'STORED';
