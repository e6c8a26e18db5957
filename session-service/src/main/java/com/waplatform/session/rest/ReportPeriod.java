package com.waplatform.session.rest;

import com.waplatform.web.ProblemException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The period a report covers, from its {@code from} and {@code to} query parameters: [from, to), at most 366 days. */
record ReportPeriod(OffsetDateTime from, OffsetDateTime to) {

    static final Duration LONGEST = Duration.ofDays(366);
    private static final String EXAMPLE = "a date and time with its offset, such as 2026-03-01T00:00:00Z";

    static ReportPeriod of(String from, String to) {
        OffsetDateTime start = time("from", from);
        OffsetDateTime end = time("to", to);
        if (!end.isAfter(start)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("to", "must be at most 366 days after from");
        }
        return new ReportPeriod(start, end);
    }

    private static OffsetDateTime time(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(parameter, "is required: " + EXAMPLE);
        }
        try {
            // an offset's unencoded '+' arrives as a space
            return OffsetDateTime.parse(value.strip().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "must be " + EXAMPLE);
        }
    }
}
