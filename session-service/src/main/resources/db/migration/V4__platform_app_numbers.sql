-- Cloud API numbers onboarded under the platform's own Meta app: signed with the platform app's secret and
-- delivered to the single platform endpoint (/webhooks/meta), routed by phone number id — which must therefore
-- belong to one such connection only
ALTER TABLE connection ADD COLUMN platform_app BOOLEAN NOT NULL DEFAULT false;
CREATE UNIQUE INDEX connection_platform_number_uq ON connection (phone_number_id) WHERE platform_app;
