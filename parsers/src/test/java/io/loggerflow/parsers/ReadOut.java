package io.loggerflow.parsers;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a reader yields, for tests: the rows (stamp and values, a value that throws becomes the row's
 * error) and the row errors in file order.
 */
public record ReadOut(List<Instant> stamps, List<double[]> values, List<RowException> errors) {

    /** Reads to the end, as a caller that leaves bad rows out would: a bad row is an error, never a row. */
    public static ReadOut of(RowReader reader) throws IOException {
        List<Instant> stamps = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<RowException> errors = new ArrayList<>();
        int channels = reader.channels().size();
        for (int guard = 0; guard < 1_000_000; guard++) {
            try {
                if (!reader.next()) {
                    return new ReadOut(stamps, values, errors);
                }
                double[] row = new double[channels];
                for (int c = 0; c < channels; c++) {
                    row[c] = reader.value(c);
                }
                stamps.add(Instant.ofEpochMilli(reader.timestampMillis()));
                values.add(row);
            } catch (RowException e) {
                errors.add(e);
            }
        }
        throw new AssertionError("the reader does not end");
    }

    /** The sum of a channel's non-missing values. */
    public double sum(int channel) {
        return values.stream().mapToDouble(v -> v[channel]).filter(v -> !Double.isNaN(v)).sum();
    }

    /** How many of a channel's values are not missing. */
    public long count(int channel) {
        return values.stream().mapToDouble(v -> v[channel]).filter(v -> !Double.isNaN(v)).count();
    }

    /** "line: reason" of every row error, for assertions. */
    public List<String> errorLines() {
        return errors.stream().map(e -> e.line() + ": " + (e.column() == null ? "" : e.column() + ": ") + e.reason())
                .toList();
    }
}
