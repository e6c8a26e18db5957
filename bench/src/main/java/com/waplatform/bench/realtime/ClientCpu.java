package com.waplatform.bench.realtime;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Which threads of this (client) JVM use the CPU: to tell a saturated client from a slow server. */
final class ClientCpu {

    private ClientCpu() {
    }

    /** CPU time (ns) of each thread of this JVM, by name. */
    static Map<String, Long> byThread() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new HashMap<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null) {
                cpu.put(info.getThreadName(), mx.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }

    /** The three threads of this JVM that used the most CPU between two {@link #byThread}, in % of one CPU. */
    static String busiest(Map<String, Long> before, Map<String, Long> after, double seconds) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1e7 / seconds))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3)
                .map(e -> String.format("%s %.0f%%", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
    }
}
