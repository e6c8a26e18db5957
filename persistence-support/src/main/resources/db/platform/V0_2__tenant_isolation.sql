-- Row-level security for tenant-owned tables. A service calls isolate_by_tenant('<table>') in its own migration:
-- rows are then visible and writable only when the transaction's app.tenant_id equals their tenant column
-- (com.waplatform.persistence.tenancy.TenantScope sets it), or in an explicit, audited platform bypass.
-- FORCE makes the table owner subject to the policies too; the services connect as a non-owner role anyway.
CREATE FUNCTION isolate_by_tenant(tbl regclass, tenant_column text DEFAULT 'tenant_id') RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s'
        || ' USING (%I::text = current_setting(''app.tenant_id'', true))'
        || ' WITH CHECK (%I::text = current_setting(''app.tenant_id'', true))', tbl, tenant_column, tenant_column);
    EXECUTE format('CREATE POLICY platform_bypass ON %s'
        || ' USING (current_setting(''app.bypass_rls'', true) = ''on'')'
        || ' WITH CHECK (current_setting(''app.bypass_rls'', true) = ''on'')', tbl);
END $$;
