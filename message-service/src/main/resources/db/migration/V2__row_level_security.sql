SELECT isolate_by_tenant('contact');
SELECT isolate_by_tenant('conversation');
SELECT isolate_by_tenant('message');
SELECT isolate_by_tenant('early_status');
