package com.waplatform.web.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * "PostgreSQL is down" for one test database only (never the shared server, which the local stack and other
 * tests use): new connections are refused ({@code ALLOW_CONNECTIONS false}, the FATAL error a stopped or
 * restarting database gives) and the open ones are terminated. Run as the PostgreSQL superuser through
 * {@code psql}, as the local stack's scripts do. Always {@link #end()} it in a finally block.
 */
public final class DatabaseOutage {

    private final String database;

    private DatabaseOutage(String database) {
        this.database = database;
    }

    /** Starts the outage of {@code database} (a {@code *_test} database). */
    public static DatabaseOutage begin(String database) {
        if (!database.endsWith("_test")) {
            throw new IllegalArgumentException("only a test database may be taken down: " + database);
        }
        DatabaseOutage outage = new DatabaseOutage(database);
        psql("postgres", "ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false");
        psql("postgres", "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '"
                + database + "' AND pid <> pg_backend_pid()");
        return outage;
    }

    /** The database accepts connections again. */
    public void end() {
        psql("postgres", "ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true");
    }

    /** Runs {@code sql} as the superuser (row-level security does not apply) and gives the output, one row a line. */
    public static String psql(String database, String sql) {
        List<String> command = new ArrayList<>(List.of("psql", "-w", "-h", "127.0.0.1", "-U", "postgres", "-d",
                database, "-v", "ON_ERROR_STOP=1", "-qtAc", sql));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("psql failed: " + sql + ": " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("psql is needed to simulate a database outage", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
