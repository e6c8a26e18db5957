ALTER TABLE tenant ADD COLUMN api_requests_per_minute INT NOT NULL DEFAULT 0;
