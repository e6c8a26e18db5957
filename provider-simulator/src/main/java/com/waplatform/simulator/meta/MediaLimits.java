package com.waplatform.simulator.meta;

import java.util.Map;

/** The media types the Cloud API takes and their size limits, as Meta documents them. */
final class MediaLimits {

    private static final long MB = 1024 * 1024;

    private static final Map<String, Long> LIMITS = Map.ofEntries(
            Map.entry("image/jpeg", 5 * MB), Map.entry("image/png", 5 * MB),
            Map.entry("image/webp", 500 * 1024L),
            Map.entry("audio/aac", 16 * MB), Map.entry("audio/amr", 16 * MB), Map.entry("audio/mpeg", 16 * MB),
            Map.entry("audio/mp4", 16 * MB), Map.entry("audio/ogg", 16 * MB),
            Map.entry("video/mp4", 16 * MB), Map.entry("video/3gpp", 16 * MB),
            Map.entry("text/plain", 100 * MB), Map.entry("application/pdf", 100 * MB),
            Map.entry("application/msword", 100 * MB), Map.entry("application/vnd.ms-excel", 100 * MB),
            Map.entry("application/vnd.ms-powerpoint", 100 * MB),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", 100 * MB),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 100 * MB),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", 100 * MB));

    static final String TYPES = String.join(", ", new java.util.TreeSet<>(LIMITS.keySet()));

    private MediaLimits() {
    }

    /** The largest file of the type, or null for a type the Cloud API does not take. */
    static Long maxBytes(String mimeType) {
        return mimeType == null ? null : LIMITS.get(mimeType.split(";")[0].trim().toLowerCase());
    }
}
