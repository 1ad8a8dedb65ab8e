package io.loggerflow.bench.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A CR1000X {@code Ten_Min} table as LoggerNet stores it: TOA5 header (environment, field names, units,
 * processing), then one CRLF line per record, stamped at the <b>end</b> of its interval (a day file runs from
 * 00:10:00 to the next day's 00:00:00), with the RECORD counter, {@code "NAN"} for missing values and numbers
 * without trailing zeros.
 */
final class Toa5DayWriter implements DayFileWriter {
    private static final String TABLE = "Ten_Min";
    private static final byte[] NAN = AsciiOutput.bytes("\"NAN\"");
    private static final byte[] CRLF = AsciiOutput.bytes("\r\n");

    private final GeneratorSpec spec;
    private final List<Column> columns = new ArrayList<>();
    private final Column[] columnArray;
    private final byte[] fieldLines;
    private final String programSignature;

    Toa5DayWriter(GeneratorSpec spec, MastLayout layout) {
        this.spec = spec;
        List<String> units = new ArrayList<>();
        List<String> processing = new ArrayList<>();
        for (Sensor sensor : layout.sensors()) {
            String prefix = prefix(sensor);
            boolean vane = sensor.kind() == SensorKind.VANE;
            // Campbell programs list Avg, Std, Max, Min; a WindVector instruction reports WVc for mean and sd
            add(Column.of(prefix + "_Avg", sensor, Statistic.AVG), vane ? "WVc" : "Avg", sensor, units, processing);
            add(Column.of(prefix + "_Std", sensor, Statistic.SD), vane ? "WVc" : "Std", sensor, units, processing);
            add(Column.of(prefix + "_Max", sensor, Statistic.MAX), "Max", sensor, units, processing);
            add(Column.of(prefix + "_Min", sensor, Statistic.MIN), "Min", sensor, units, processing);
        }
        this.fieldLines = AsciiOutput.bytes(
                line("TIMESTAMP", "RECORD", columns.stream().map(Column::name).toList())
                        + line("TS", "RN", units) + line("", "", processing));
        this.programSignature = Long.toString(Seeds.derive(spec.seed(), 3) & 0xFFFF);
        this.columnArray = columns.toArray(new Column[0]);
    }

    private void add(Column column, String process, Sensor sensor, List<String> units, List<String> processing) {
        columns.add(column);
        units.add(unit(sensor.kind()));
        processing.add(process);
    }

    private static String prefix(Sensor sensor) {
        return switch (sensor.kind()) {
            case ANEMOMETER -> "WS_" + sensor.heightM() + "m";
            case VANE -> "WD_" + sensor.heightM() + "m";
            case THERMOMETER -> "AirTC_" + sensor.heightM() + "m";
            case BAROMETER -> "BP_mbar";
            case HYGROMETER -> "RH_" + sensor.heightM() + "m";
        };
    }

    private static String unit(SensorKind kind) {
        return switch (kind) {
            case ANEMOMETER -> "m/s";
            case VANE -> "deg";
            case THERMOMETER -> "Deg C";
            case BAROMETER -> "mbar";
            case HYGROMETER -> "%";
        };
    }

    private static String line(String first, String second, List<String> rest) {
        return quoted(first) + "," + quoted(second) + ","
                + rest.stream().map(Toa5DayWriter::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    @Override
    public String loggerName(int logger) {
        return String.format("%s_M%02d", spec.site(), logger + 1);
    }

    @Override
    public List<Column> columns(int logger) {
        return List.copyOf(columns);
    }

    @Override
    public String dayFileName(int logger, LocalDate day) {
        return String.format("%s_%s_%04d_%02d_%02d.dat", loggerName(logger), TABLE, day.getYear(),
                day.getMonthValue(), day.getDayOfMonth());
    }

    @Override
    public String monthArchiveName(int logger, YearMonth month) {
        return String.format("%s_%s_%04d_%02d.zip", loggerName(logger), TABLE, month.getYear(), month.getMonthValue());
    }

    @Override
    public long write(int logger, DaySimulation day, OutputStream stream) throws IOException {
        AsciiOutput out = new AsciiOutput(stream);
        String station = loggerName(logger);
        out.write(line("TOA5", station, List.of("CR1000X", Integer.toString(20_001 + logger), "CR1000X.Std.05.00",
                "CPU:" + spec.site() + ".CR1X", programSignature, TABLE)));
        out.write(fieldLines);
        byte[] today = AsciiOutput.bytes("\"" + day.date() + " ");
        byte[] tomorrow = AsciiOutput.bytes("\"" + day.date().plusDays(1) + " ");
        long record = ChronoUnit.DAYS.between(spec.start(), day.date()) * TenMinuteDay.ROWS;
        long readings = 0;
        while (day.next()) {
            int end = day.row() + 1; // the record closes at the end of its interval
            out.write(end == TenMinuteDay.ROWS ? tomorrow : today).write(TenMinuteDay.clock(end % TenMinuteDay.ROWS))
                    .write('"').write(',').write(record++);
            double[] values = day.values();
            for (Column column : columnArray) {
                double value = values[column.slot()];
                out.write(',');
                if (Double.isNaN(value)) {
                    out.write(NAN);
                } else {
                    out.writeFixed(value, column.decimals(), true);
                    readings++;
                }
            }
            out.write(CRLF);
        }
        out.flush();
        return readings;
    }
}
