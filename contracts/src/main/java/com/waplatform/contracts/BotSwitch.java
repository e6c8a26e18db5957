package com.waplatform.contracts;

import java.util.Locale;

/**
 * The bot switch of one WhatsApp number ({@code bot} of a connection in session-service and of its
 * {@code connection.changed} events): it follows the tenant's bot setting or overrides it for that number.
 */
public enum BotSwitch {
    /** Follows the tenant's bot setting (on or off). */
    DEFAULT,
    /** The bot answers first on this number even while the tenant's bot is off. */
    ON,
    /** The bot never answers on this number: the tenant's people do. */
    OFF;

    /** Whether the bot is on for this number when the tenant's own bot setting is {@code tenantBotEnabled}. */
    public boolean botOn(boolean tenantBotEnabled) {
        return switch (this) {
            case DEFAULT -> tenantBotEnabled;
            case ON -> true;
            case OFF -> false;
        };
    }

    /** The switch an event names; DEFAULT when it names none (an event from before the switch) or an unknown one. */
    public static BotSwitch fromEvent(String word) {
        if (word == null) {
            return DEFAULT;
        }
        try {
            return valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return DEFAULT;
        }
    }
}
