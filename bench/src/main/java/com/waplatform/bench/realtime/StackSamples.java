package com.waplatform.bench.realtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a server's threads spend their time, from a few thread dumps ({@code jcmd <pid> Thread.print}) taken while
 * it works: every thread that is running (not waiting in epoll or parked) or blocked on a lock, counted by its
 * name (digits dropped), state, top frame and first frame of the product's or the WebSocket layer's code.
 */
final class StackSamples {

    private static final List<String> IDLE = List.of("EPoll.wait", "epollWait", "Native.epollWait", "Net.poll",
            "accept0", "socketAccept", "Unsafe.park", "Object.wait", "Thread.sleep", "waitForReferencePendingList",
            "No compile task");

    private static final Pattern CPU = Pattern.compile("^\"(.+?)\" .* cpu=([0-9.]+)ms");

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int samples;
    /** CPU time (ms) of each thread in the first and in the last dump, and when each was taken. */
    private Map<String, Double> firstCpu;
    private Map<String, Double> lastCpu;
    private long firstAt;
    private long lastAt;

    /** Takes {@code count} dumps {@code intervalMs} apart, appending them to {@code file}. */
    static StackSamples take(ServerProcess server, int count, long intervalMs, Path file)
            throws IOException, InterruptedException {
        StackSamples samples = new StackSamples();
        for (int i = 0; i < count; i++) {
            String dump = server.jcmd("Thread.print");
            Files.writeString(file, dump, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            samples.add(dump);
            Thread.sleep(intervalMs);
        }
        return samples;
    }

    void add(String dump) {
        samples++;
        Map<String, Double> cpu = new HashMap<>();
        dump.lines().map(CPU::matcher).filter(Matcher::find)
                .forEach(m -> cpu.put(m.group(1), Double.parseDouble(m.group(2))));
        if (firstCpu == null) {
            firstCpu = cpu;
            firstAt = System.nanoTime();
        }
        lastCpu = cpu;
        lastAt = System.nanoTime();
        for (String block : dump.split("\n\n")) {
            String[] lines = block.strip().split("\n");
            if (lines.length < 3 || !lines[0].startsWith("\"") || !lines[1].contains("Thread.State:")) {
                continue;
            }
            String state = lines[1].substring(lines[1].indexOf(':') + 1).strip().split(" ")[0];
            String top = frame(lines[2]);
            if (!(state.equals("RUNNABLE") || state.equals("BLOCKED")) || IDLE.stream().anyMatch(top::contains)) {
                continue;
            }
            String ours = "";
            for (int i = 2; i < lines.length; i++) {
                String f = frame(lines[i]);
                if (f.startsWith("com.waplatform") || f.startsWith("io.quarkus.websockets")) {
                    ours = " <- " + f;
                    break;
                }
            }
            String thread = lines[0].substring(1, lines[0].indexOf('"', 1)).replaceAll("\\d+", "#");
            counts.merge(thread + " " + state + ": " + top + ours, 1, Integer::sum);
        }
    }

    private static String frame(String line) {
        String f = line.strip();
        f = f.startsWith("at ") ? f.substring(3) : f;
        int paren = f.indexOf('(');
        return paren < 0 ? f : f.substring(0, paren);
    }

    /**
     * The threads that used the most CPU between the first and the last dump (in % of one CPU), then the
     * {@code top} most frequent busy stacks, one a line, with how many of the samples showed each.
     */
    String summary(int top) {
        double wallMs = Math.max(1, (lastAt - firstAt) / 1e6);
        String threads = lastCpu.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - firstCpu.getOrDefault(e.getKey(), 0.0)) / wallMs))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(6)
                .map(e -> String.format("%s %.0f%%", e.getKey(), 100 * e.getValue())).collect(Collectors.joining(", "));
        return "    CPU by thread (of one CPU): " + threads + "\n" + counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .map(e -> String.format("    %2d/%d  %s", e.getValue(), samples, e.getKey()))
                .collect(Collectors.joining("\n"));
    }
}
