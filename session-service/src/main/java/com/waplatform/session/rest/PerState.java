package com.waplatform.session.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.waplatform.session.domain.ConnectionState;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number for each connection state, every state present (zero when none). */
public record PerState(
        @JsonProperty("OPEN") @Schema(name = "OPEN", required = true) long open,
        @JsonProperty("QR_PENDING") @Schema(name = "QR_PENDING", required = true) long qrPending,
        @JsonProperty("CONNECTING") @Schema(name = "CONNECTING", required = true) long connecting,
        @JsonProperty("CLOSED") @Schema(name = "CLOSED", required = true) long closed,
        @JsonProperty("FAILED") @Schema(name = "FAILED", required = true) long failed,
        @JsonProperty("DISABLED") @Schema(name = "DISABLED", required = true) long disabled,
        @JsonProperty("CREATED") @Schema(name = "CREATED", required = true) long created) {

    static PerState of(Map<ConnectionState, Long> values) {
        return new PerState(get(values, ConnectionState.OPEN), get(values, ConnectionState.QR_PENDING),
                get(values, ConnectionState.CONNECTING), get(values, ConnectionState.CLOSED),
                get(values, ConnectionState.FAILED), get(values, ConnectionState.DISABLED),
                get(values, ConnectionState.CREATED));
    }

    private static long get(Map<ConnectionState, Long> values, ConnectionState state) {
        return values.getOrDefault(state, 0L);
    }
}
