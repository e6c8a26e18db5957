package com.waplatform.message.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The hourly message counts behind the reports, brought up to date by a periodic job (see the README). */
@ConfigMapping(prefix = "reports")
public interface ReportsConfig {

    /** Whether this instance runs the job (any number of replicas may: they share the work). */
    @WithDefault("true")
    boolean enabled();

    /** How often the job adds the messages written and the statuses changed since its last run. */
    @WithDefault("15s")
    Duration tallyInterval();

    /** Changes summed per transaction. */
    @WithDefault("50000")
    int tallyBatch();
}
