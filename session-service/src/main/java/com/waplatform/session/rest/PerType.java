package com.waplatform.session.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.waplatform.session.domain.ConnectionType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number for each connection type, every type present (zero when none). */
public record PerType(
        @JsonProperty("EVOLUTION") @Schema(name = "EVOLUTION", required = true) long evolution,
        @JsonProperty("CLOUD_API") @Schema(name = "CLOUD_API", required = true) long cloudApi) {

    static PerType of(Map<ConnectionType, Long> values) {
        return new PerType(values.getOrDefault(ConnectionType.EVOLUTION, 0L),
                values.getOrDefault(ConnectionType.CLOUD_API, 0L));
    }
}
