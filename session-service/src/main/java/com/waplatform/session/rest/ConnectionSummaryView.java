package com.waplatform.session.rest;

import com.waplatform.session.service.ConnectionOverview.Summary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every tenant's connections counted (deleted ones are gone): in all, by type and by state. */
public record ConnectionSummaryView(@Schema(required = true) long total, @Schema(required = true) PerType byType,
        @Schema(required = true) PerState byState) {

    static ConnectionSummaryView of(Summary summary) {
        return new ConnectionSummaryView(summary.total(), PerType.of(summary.byType()),
                PerState.of(summary.byState()));
    }
}
