package io.loggerflow.exporter;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** Coverage rows as CSV: the {@code coverage.csv} of every export zip and {@code coverage --format csv}. */
public final class CoverageCsv {
    public static final String FILE_NAME = "coverage.csv";
    static final List<String> HEADER = List.of("source", "sensor", "measurement_type", "statistic", "height_m",
            "month", "expected_intervals", "valid_readings", "coverage_pct");

    private CoverageCsv() {
    }

    /** Writes the header and the rows; flushes, does not close {@code out}. */
    public static void write(List<CoverageRow> rows, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, RowStyle.COMMA);
        printer.printRecord(HEADER);
        for (CoverageRow row : rows) {
            SensorColumn sensor = row.sensor();
            printer.printRecord(row.source(), sensor.name(), orEmpty(sensor.measurementType()),
                    orEmpty(sensor.statistic()), WideFileWriter.number(sensor.heightM()), row.month(), row.expected(),
                    row.valid(), percent(row));
        }
        printer.flush();
    }

    /** The share with two decimals, e.g. {@code 98.61}. */
    public static String percent(CoverageRow row) {
        return String.format(Locale.ROOT, "%.2f", row.percent());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
