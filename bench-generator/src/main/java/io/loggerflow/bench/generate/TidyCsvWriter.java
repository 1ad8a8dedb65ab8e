package io.loggerflow.bench.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The same readings as the day files as one tidy CSV, {@code ts,sensor,value}: ts is the ISO-8601 UTC
 * <b>start</b> of the interval (what loggerflow stores, whatever the file format stamps), sensor is
 * {@code <logger>/<column>} with the day files' logger and column names, missing values are left out. Values have
 * the day files' decimals, so they parse to the same doubles. Meant for loading with a plain
 * {@code COPY ... (FORMAT csv, HEADER)} as a baseline; lines are in file order (logger, day, row), LF-terminated.
 */
final class TidyCsvWriter {
    static final String HEADER = "ts,sensor,value\n";

    private final GeneratorSpec spec;
    private final WeatherModel model;
    private final DayFileWriter names;

    TidyCsvWriter(GeneratorSpec spec, WeatherModel model, DayFileWriter names) {
        this.spec = spec;
        this.model = model;
        this.names = names;
    }

    /** Writes the file; returns the readings (data lines) written. */
    long write(Path file) throws IOException {
        long readings = 0;
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 256 * 1024)) {
            AsciiOutput out = new AsciiOutput(stream);
            out.write(HEADER);
            for (int logger = 0; logger < spec.loggers(); logger++) {
                List<Column> columns = names.columns(logger);
                byte[][] sensors = sensorNames(logger, columns);
                for (int d = 0; d < spec.days(); d++) {
                    readings += writeDay(out, model.day(logger, spec.start().plusDays(d)), columns, sensors);
                }
            }
            out.flush();
        }
        return readings;
    }

    private byte[][] sensorNames(int logger, List<Column> columns) {
        byte[][] sensors = new byte[columns.size()][];
        for (int c = 0; c < sensors.length; c++) {
            sensors[c] = AsciiOutput.bytes("," + names.loggerName(logger) + "/" + columns.get(c).name() + ",");
        }
        return sensors;
    }

    private static long writeDay(AsciiOutput out, DaySimulation day, List<Column> columns, byte[][] sensors)
            throws IOException {
        LocalDate date = day.date();
        byte[] datePrefix = AsciiOutput.bytes(date + "T");
        long readings = 0;
        int count = columns.size();
        int[] slots = new int[count];
        int[] decimals = new int[count];
        for (int c = 0; c < count; c++) {
            slots[c] = columns.get(c).slot();
            decimals[c] = columns.get(c).decimals();
        }
        while (day.next()) {
            byte[] clock = TenMinuteDay.clock(day.row());
            double[] values = day.values();
            for (int c = 0; c < count; c++) {
                double value = values[slots[c]];
                if (Double.isNaN(value)) {
                    continue;
                }
                out.write(datePrefix).write(clock).write('Z').write(sensors[c]).writeFixed(value, decimals[c], true)
                        .write('\n');
                readings++;
            }
        }
        return readings;
    }
}
