package com.waplatform.message.repository;

/**
 * The query of a work queue table (automation deliveries, media downloads): due rows nobody holds, at most a few of
 * each tenant so that one tenant's backlog or dead endpoint cannot fill a round, locked with SKIP LOCKED so that
 * replicas take different rows. Parameters: 1 = rows per tenant, 2 = rows in all.
 */
final class DueRows {

    private DueRows() {
    }

    static String query(String table, String key) {
        return """
                SELECT * FROM %1$s WHERE %2$s IN (
                    SELECT %2$s FROM (
                        SELECT %2$s, row_number() OVER (PARTITION BY tenant_id ORDER BY next_attempt_at, created_at)
                            AS rank
                        FROM %1$s
                        WHERE status = 'PENDING' AND next_attempt_at <= now()
                          AND (lease_until IS NULL OR lease_until < now())
                    ) ranked WHERE rank <= ?1 LIMIT ?2)
                ORDER BY created_at
                FOR UPDATE SKIP LOCKED""".formatted(table, key);
    }
}
