package com.waplatform.message.service;

import com.waplatform.message.report.ErrorCount;
import java.util.Comparator;
import java.util.List;

/** Reading the columns of the reports' SQL rows. */
final class Rows {

    private Rows() {
    }

    static long count(Object column) {
        return column == null ? 0 : ((Number) column).longValue();
    }

    /** An error code as stored ('' for none) as the reports show it (null for none). */
    static String code(Object column) {
        return column == null || "".equals(column) ? null : (String) column;
    }

    static List<ErrorCount> largestFirst(List<ErrorCount> errors) {
        return errors.stream().filter(e -> e.count() != 0).sorted(Comparator.comparingLong(ErrorCount::count)
                .reversed().thenComparing(e -> e.code() == null ? "" : e.code())).toList();
    }
}
