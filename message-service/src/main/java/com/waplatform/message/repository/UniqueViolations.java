package com.waplatform.message.repository;

import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;

/** Whether a write failed on a unique constraint, by the constraint's name (Hibernate wraps PostgreSQL's error). */
public final class UniqueViolations {

    private static final int MAX_DEPTH = 16;

    private UniqueViolations() {
    }

    public static boolean on(String constraint, Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return constraint.equalsIgnoreCase(violation.getConstraintName());
            }
            if (t instanceof PgException pg) {
                return "23505".equals(pg.getSqlState()) && constraint.equals(pg.getConstraint());
            }
        }
        return false;
    }
}
