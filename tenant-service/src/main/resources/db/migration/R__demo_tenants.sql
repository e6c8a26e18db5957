-- Demo tenants of the local stack (their users are in deploy/keycloak/wa-realm.json), with roomy demo plans.
-- Inserted only where DEMO_DATA=true (the local stack); a no-op everywhere else.
SELECT set_config('app.bypass_rls', 'on', true);
INSERT INTO tenant (id, slug, name, status, created_at, updated_at, max_connections, max_agents, messages_per_month)
SELECT d.id::uuid, d.slug, d.name, 'ACTIVE', now(), now(), 1000, 100, 1000000
FROM (VALUES ('a0000000-0000-4000-8000-000000000001', 'acme', 'Acme Corp'),
             ('b0000000-0000-4000-8000-000000000002', 'globex', 'Globex Inc')) AS d(id, slug, name)
WHERE '${demo_data}' = 'true'
ON CONFLICT (id) DO UPDATE SET
    max_connections = GREATEST(tenant.max_connections, EXCLUDED.max_connections),
    max_agents = GREATEST(tenant.max_agents, EXCLUDED.max_agents),
    messages_per_month = GREATEST(tenant.messages_per_month, EXCLUDED.messages_per_month);
