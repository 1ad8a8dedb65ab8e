package io.loggerflow.parsers.mixedarray;

import java.time.Duration;
import java.util.List;

/**
 * What the configuration says about one output array: the table it is, the names of the values after its time
 * fields (with optional units and statistics, position by position) and the order of its time fields.
 */
record ArrayLayout(String id, String table, List<String> columns, List<String> units, List<String> statistics,
                   Duration interval, List<TimeField> timeFields) {

    /** The time fields an output array can start with, after its ID. */
    enum TimeField { YEAR, DOY, HHMM, SEC }

    /** Fields per line: the ID, the time fields and the values. */
    int fieldCount() {
        return 1 + timeFields.size() + columns.size();
    }
}
