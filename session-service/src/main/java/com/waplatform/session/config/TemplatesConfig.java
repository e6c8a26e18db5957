package com.waplatform.session.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The message templates of Cloud API numbers, read from Meta and kept for a while per connection. */
@ConfigMapping(prefix = "templates")
public interface TemplatesConfig {

    /** How long a number's templates are served from memory before Meta is asked again. */
    @WithDefault("5m")
    Duration cacheTtl();

    /** How many numbers' templates are kept at most (least used first out). */
    @WithDefault("10000")
    long cacheSize();

    /** Pages of 100 templates read at most per number (Meta allows 250 templates per account by default). */
    @WithDefault("10")
    int maxPages();
}
