package com.waplatform.tenant.repository;

import java.time.OffsetDateTime;

/**
 * Which audit entries a reading shows: by action, by the person who acted, and over a period ({@code from}
 * inclusive, {@code to} exclusive). Every part is optional (null: any).
 */
public record AuditFilter(String action, String actorId, OffsetDateTime from, OffsetDateTime to) {
}
