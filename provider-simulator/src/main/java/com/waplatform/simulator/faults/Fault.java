package com.waplatform.simulator.faults;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A trouble set on one number or instance: the provider errors (Meta codes 131047, 130429, 190, 131026), answers
 * 5xx, is slow, or is unreachable ("down"), for the next {@code remaining} requests (negative: until cleared).
 */
public record Fault(Mode mode, AtomicInteger remaining, long latencyMillis) {

    public enum Mode {
        OUTSIDE_WINDOW("131047"), RATE_LIMITED("130429"), TOKEN_EXPIRED("190"), NOT_ON_WHATSAPP("131026"),
        SERVER_ERROR("5xx"), LATENCY("latency"), DOWN("down");

        public final String label;

        Mode(String label) {
            this.label = label;
        }

        public static Mode of(String label) {
            for (Mode mode : values()) {
                if (mode.label.equals(label)) {
                    return mode;
                }
            }
            return null;
        }
    }

    /** Whether this request is hit (and counts it). */
    boolean strike() {
        return remaining.get() < 0 || remaining.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0;
    }
}
