SELECT isolate_by_tenant('connection');
SELECT isolate_by_tenant('dispatch');
