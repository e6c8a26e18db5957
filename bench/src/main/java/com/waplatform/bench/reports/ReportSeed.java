package com.waplatform.bench.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A tenant's month of WhatsApp traffic written straight into message-service's tables with generate_series (as the
 * owner, in a bypass): one contact and conversation (and one opening, with its first reply and, for 4 in 5, its
 * resolution) per {@code perConversation} messages, the conversations spread evenly over the days, 5 numbers, the
 * messages of a conversation a minute apart, customer and business in turn (the business's: bot and agents; about
 * 1 % failed with one of three Meta error codes, 1 % still pending, the rest sent, delivered or read). The message
 * table's triggers record every row for the tally job, as for messages the service writes itself.
 */
final class ReportSeed {

    private static final int CHUNK = 500_000;
    private static final int NUMBERS = 5;

    private final Connection sql;
    private final Timestamp start;
    private final long seconds;
    private final int perConversation;

    ReportSeed(Connection sql, LocalDate from, LocalDate to, int perConversation) {
        this.sql = sql;
        this.start = Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
        this.seconds = (to.toEpochDay() - from.toEpochDay() + 1) * 86_400L - perConversation * 60L;
        this.perConversation = perConversation;
    }

    void tenant(String tenant, long messages) throws SQLException {
        long began = System.nanoTime();
        clear(tenant);
        long conversations = Math.max(1, messages / perConversation);
        double spacing = (double) seconds / conversations;
        for (long lo = 0; lo < conversations; lo += CHUNK) {
            long hi = Math.min(conversations, lo + CHUNK) - 1;
            run("""
                    INSERT INTO contact (id, tenant_id, wa_id, profile_name, first_seen_at, last_seen_at)
                    SELECT md5(?1 || ':k:' || i)::uuid, ?1, '55' || lpad(i::text, 11, '0'), 'Customer ' || i,
                           ?2 + make_interval(secs => i * ?3), ?2 + make_interval(secs => i * ?3)
                    FROM generate_series(?4::bigint, ?5::bigint) i""", tenant, spacing, lo, hi);
            run("""
                    INSERT INTO conversation (id, tenant_id, contact_id, connection_id, status, owner, assignee_id,
                                              last_message_at, window_expires_at, created_at, channel, episode_id)
                    SELECT md5(?1 || ':c:' || i)::uuid, ?1, md5(?1 || ':k:' || i)::uuid,
                           md5(?1 || ':n:' || (i %% %1$d))::uuid, CASE WHEN i %% 5 = 0 THEN 'OPEN' ELSE 'RESOLVED' END,
                           'HUMAN', 'agent-' || (i %% 20), ?2 + make_interval(secs => i * ?3 + %2$d * 60),
                           ?2 + make_interval(secs => i * ?3 + 86400), ?2 + make_interval(secs => i * ?3), 'META',
                           md5(?1 || ':e:' || i)::uuid
                    FROM generate_series(?4::bigint, ?5::bigint) i""".formatted(NUMBERS, perConversation),
                    tenant, spacing, lo, hi);
            run("""
                    INSERT INTO conversation_episode (id, tenant_id, conversation_id, connection_id, opened_at,
                                                      first_reply_at, first_reply_by, resolved_at, resolved_by)
                    SELECT md5(?1 || ':e:' || i)::uuid, ?1, md5(?1 || ':c:' || i)::uuid,
                           md5(?1 || ':n:' || (i %% %1$d))::uuid, opened, opened + make_interval(secs => 30 + (i * 7919) %% 1800),
                           'agent-' || (i %% 20),
                           CASE WHEN i %% 5 <> 0 THEN opened + make_interval(secs => 1800 + (i * 104729) %% 36000) END,
                           CASE WHEN i %% 5 <> 0 THEN 'agent-' || (i %% 20) END
                    FROM (SELECT i, ?2 + make_interval(secs => i * ?3) AS opened
                          FROM generate_series(?4::bigint, ?5::bigint) i) g""".formatted(NUMBERS),
                    tenant, spacing, lo, hi);
        }
        for (long lo = 0; lo < messages; lo += CHUNK) {
            long hi = Math.min(messages, lo + CHUNK) - 1;
            run("""
                    INSERT INTO message (id, tenant_id, conversation_id, direction, sender, sender_id, type, text,
                                         provider_message_id, status, status_at, error_code, error_reason, created_at)
                    SELECT md5(?1 || ':m:' || m)::uuid, ?1, md5(?1 || ':c:' || (m / %1$d))::uuid,
                           CASE WHEN m %% 2 = 0 THEN 'INBOUND' ELSE 'OUTBOUND' END,
                           CASE WHEN m %% 2 = 0 THEN 'CUSTOMER' WHEN m %% 4 = 1 THEN 'BOT' ELSE 'AGENT' END,
                           CASE WHEN m %% 4 = 3 THEN 'agent-' || ((m / %1$d) %% 20) END,
                           'text', 'bench message', 'wamid.' || ?1 || '.' || m, status,
                           CASE WHEN status IS NOT NULL THEN at END,
                           CASE WHEN status = 'FAILED' THEN (ARRAY['131047', '131026', '131051'])[1 + m %% 3] END,
                           CASE WHEN status = 'FAILED' THEN (ARRAY['Re-engagement message', 'Message undeliverable',
                               'Unsupported message type'])[1 + m %% 3] END,
                           at
                    FROM (SELECT m, ?2 + make_interval(secs => (m / %1$d) * ?3 + (m %% %1$d) * 60) AS at,
                                 CASE WHEN m %% 2 = 0 THEN NULL WHEN m %% 97 = 1 THEN 'FAILED'
                                      WHEN m %% 101 = 1 THEN 'PENDING' WHEN m %% 3 = 0 THEN 'READ'
                                      WHEN m %% 3 = 1 THEN 'DELIVERED' ELSE 'SENT' END AS status
                          FROM generate_series(?4::bigint, ?5::bigint) m) g""".formatted(perConversation),
                    tenant, spacing, lo, hi);
            if (hi + 1 < messages) {
                System.out.printf("  %s: %,d of %,d messages%n", tenant, hi + 1, messages);
            }
        }
        System.out.printf("seeded %s: %,d messages, %,d conversations in %.1f s%n", tenant, messages,
                conversations, (System.nanoTime() - began) / 1e9);
    }

    /** Waits until the tally job has counted every change recorded until now; the milliseconds it took. */
    long awaitTallied() throws Exception {
        long began = System.currentTimeMillis();
        Timestamp seeded;
        try (Statement s = sql.createStatement(); ResultSet r = s.executeQuery("SELECT now()")) {
            r.next();
            seeded = r.getTimestamp(1);
        }
        while (true) {
            try (PreparedStatement s = sql.prepareStatement("SELECT EXISTS (SELECT 1 FROM message_tally_change)"
                    + " OR (SELECT refreshed_at FROM message_tally_refresh) <= ?")) {
                s.setTimestamp(1, seeded);
                ResultSet r = s.executeQuery();
                r.next();
                if (!r.getBoolean(1)) {
                    return System.currentTimeMillis() - began;
                }
            }
            Thread.sleep(500);
        }
    }

    /** What autovacuum would do soon after such a load: statistics and the visibility map (index-only scans). */
    void analyze() throws SQLException {
        for (String table : new String[] {"message_tally", "conversation_episode"}) {
            try (Statement s = sql.createStatement()) {
                s.execute("VACUUM (ANALYZE) " + table);
            }
        }
    }

    /** The tenant's rows of an earlier run. */
    private void clear(String tenant) throws SQLException {
        for (String table : new String[] {"message_tally_change", "message_tally", "conversation_episode", "message",
                "conversation", "contact"}) {
            try (PreparedStatement s = sql.prepareStatement("DELETE FROM " + table + " WHERE tenant_id = ?")) {
                s.setString(1, tenant);
                s.executeUpdate();
            }
        }
    }

    private void run(String statement, String tenant, double spacing, long lo, long hi) throws SQLException {
        String jdbc = statement.replace("?1", "?::text").replace("?2", "?::timestamptz").replace("?3", "?::float8")
                .replace("?4::bigint", "?::bigint").replace("?5::bigint", "?::bigint");
        // positional JDBC parameters in the order they appear
        java.util.List<Object> values = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?([1-5])").matcher(statement);
        while (m.find()) {
            switch (m.group(1)) {
                case "1" -> values.add(tenant);
                case "2" -> values.add(start);
                case "3" -> values.add(spacing);
                case "4" -> values.add(lo);
                default -> values.add(hi);
            }
        }
        try (PreparedStatement s = sql.prepareStatement(jdbc)) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            s.executeUpdate();
        }
    }
}
