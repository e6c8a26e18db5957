-- Demo tenants of the local stack (their users are in deploy/keycloak/wa-realm.json).
-- Inserted only where DEMO_DATA=true (the local stack); a no-op everywhere else.
SELECT set_config('app.bypass_rls', 'on', true);
INSERT INTO tenant (id, slug, name, status, created_at, updated_at)
SELECT d.id::uuid, d.slug, d.name, 'ACTIVE', now(), now()
FROM (VALUES ('a0000000-0000-4000-8000-000000000001', 'acme', 'Acme Corp'),
             ('b0000000-0000-4000-8000-000000000002', 'globex', 'Globex Inc')) AS d(id, slug, name)
WHERE '${demo_data}' = 'true'
ON CONFLICT DO NOTHING;
