-- a tenant's own row is its tenant-owned data; platform admins reach all rows through the audited bypass
SELECT isolate_by_tenant('tenant', 'id');
