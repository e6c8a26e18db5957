package com.waplatform.bench.realtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The final table: one row per measurement, one column per server, and the target where there is one. */
final class Results {

    private record Row(String measurement, Map<String, String> values, String target) {
    }

    private final List<String> servers;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    Results(List<String> servers) {
        this.servers = servers;
    }

    /** Records {@code value} of {@code server} for a measurement (rows keep the order of their first value). */
    synchronized void put(String measurement, String server, String value) {
        row(measurement, "").values().put(server, value);
    }

    synchronized void target(String measurement, String target) {
        Row row = row(measurement, target);
        rows.put(measurement, new Row(measurement, row.values(), target));
    }

    private Row row(String measurement, String target) {
        return rows.computeIfAbsent(measurement, m -> new Row(m, new LinkedHashMap<>(), target));
    }

    synchronized String table() {
        int first = Math.max(12, rows.keySet().stream().mapToInt(String::length).max().orElse(0));
        List<Integer> widths = new ArrayList<>();
        for (String server : servers) {
            widths.add(Math.max(server.length(), rows.values().stream()
                    .mapToInt(r -> r.values().getOrDefault(server, "").length()).max().orElse(0)));
        }
        StringBuilder out = new StringBuilder();
        StringBuilder header = new StringBuilder(pad("measurement", first));
        for (int i = 0; i < servers.size(); i++) {
            header.append(" | ").append(pad(servers.get(i), widths.get(i)));
        }
        header.append(" | target");
        out.append(header).append('\n').append("-".repeat(header.length() + 8)).append('\n');
        for (Row row : rows.values()) {
            out.append(pad(row.measurement(), first));
            for (int i = 0; i < servers.size(); i++) {
                out.append(" | ").append(pad(row.values().getOrDefault(servers.get(i), ""), widths.get(i)));
            }
            out.append(" | ").append(row.target()).append('\n');
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
