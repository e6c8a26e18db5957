-- media storage in the plan: bytes of media files a tenant may keep (5 GiB unless platform staff set another
-- figure) and the days a file is kept before it is removed (0: for good)
ALTER TABLE tenant ADD COLUMN media_quota_bytes BIGINT NOT NULL DEFAULT 5368709120,
                   ADD COLUMN media_retention_days INT NOT NULL DEFAULT 0;
