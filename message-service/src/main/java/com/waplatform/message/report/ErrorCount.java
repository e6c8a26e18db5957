package com.waplatform.message.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Failed messages with one error code of the provider (or of session-service, e.g. connection_disabled). */
public record ErrorCount(
        @Schema(nullable = true, description = "The error code as the provider gave it; null when it gave none")
        String code,
        @Schema(nullable = true, description = "The provider's description of the error, as last seen")
        String title,
        @Schema(required = true) long count) {
}
