package com.waplatform.contracts;

import java.util.Locale;
import java.util.Optional;

/**
 * Status of an outbound message. Statuses only move forward: PENDING &lt; SENT &lt; DELIVERED &lt; READ;
 * FAILED is terminal. A late DELIVERED after READ changes nothing.
 */
public enum DeliveryStatus {
    PENDING(0), SENT(1), DELIVERED(2), READ(3), FAILED(4);

    private final int rank;

    DeliveryStatus(int rank) {
        this.rank = rank;
    }

    /** Whether moving from this status to {@code next} is progress (and so should be applied). */
    public boolean canAdvanceTo(DeliveryStatus next) {
        if (this == FAILED || this == READ && next == FAILED) {
            return false;
        }
        return next.rank > rank;
    }

    /** Parses a provider's status word ("sent", "delivered", "read", "played", "failed"). */
    public static Optional<DeliveryStatus> fromProvider(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "sent" -> Optional.of(SENT);
            case "delivered" -> Optional.of(DELIVERED);
            case "read", "played" -> Optional.of(READ);
            case "failed" -> Optional.of(FAILED);
            default -> Optional.empty();
        };
    }
}
