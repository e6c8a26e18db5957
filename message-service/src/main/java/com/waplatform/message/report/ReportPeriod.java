package com.waplatform.message.report;

import com.waplatform.web.ProblemException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers: {@code from} and {@code to} (both included) as calendar dates in {@code zone}, at most
 * {@link #MAX_DAYS} of them; {@link #start()} and {@link #end()} are the instants they begin and end.
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    public static final int MAX_DAYS = 366;

    /** 400 naming the parameter for a missing or unreadable date, an end before the start or too many days. */
    public static ReportPeriod of(String from, String to, ZoneId zone) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "must not be before from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw ProblemException.invalid("to", "must be at most " + MAX_DAYS + " days from from (both included)");
        }
        return new ReportPeriod(first, last, zone);
    }

    public static ReportPeriod utc(String from, String to) {
        return of(from, to, ZoneId.of("UTC"));
    }

    public OffsetDateTime start() {
        return from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "is required (a date as YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date as YYYY-MM-DD, such as 2026-11-01");
        }
    }
}
