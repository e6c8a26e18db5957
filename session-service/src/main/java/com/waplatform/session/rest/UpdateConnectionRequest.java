package com.waplatform.session.rest;

import com.waplatform.contracts.BotSwitch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PATCH /api/connections/{id}}: only the fields given change. */
public record UpdateConnectionRequest(
        @Size(min = 1, max = 100, message = "must be 1 to 100 characters") @Pattern(regexp = ".*\\S.*",
                message = "must not be blank") String name,
        Boolean enabled,
        @Min(value = 1, message = "must be at least 1") @Max(value = 1000, message = "must be at most 1000")
        Integer sendRatePerSecond,
        /** Read as text, so that a wrong value is a violation naming the field; the API document shows the enum. */
        @Pattern(regexp = "DEFAULT|ON|OFF", message = "must be DEFAULT, ON or OFF")
        @Schema(ref = "BotSwitch",
                description = "DEFAULT follows the tenant's bot setting; ON or OFF overrides it for this number")
        String bot) {

    /** The bot switch asked for, or null to leave it as it is. */
    public BotSwitch botSwitch() {
        return bot == null ? null : BotSwitch.valueOf(bot);
    }
}
