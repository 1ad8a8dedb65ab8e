package io.loggerflow.bench.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An NRG SymphoniePRO Desktop text export ({@code *_meas.txt}) of one day: the sectioned {@code Key:<TAB>Value}
 * header with one Sensor History block per channel, the line {@code Data}, then a tab-separated table stamped
 * at the <b>start</b> of each interval, blank cells for missing values, CRLF line ends. Column names follow
 * {@code Ch<n>_<Type>_<Height>m_<Boom>_<Stat>_<Unit>}. The site is on UTC, which the header states.
 */
final class NrgTextDayWriter implements DayFileWriter {
    private static final String[] STATISTICS = {"Avg", "SD", "Min", "Max"};
    private static final Statistic[] STATISTIC_ORDER = {Statistic.AVG, Statistic.SD, Statistic.MIN, Statistic.MAX};
    private static final byte[] CRLF = AsciiOutput.bytes("\r\n");

    private final GeneratorSpec spec;
    private final MastLayout layout;
    private final List<Column> columns = new ArrayList<>();
    private final Column[] columnArray;
    private final byte[] columnHeader;

    NrgTextDayWriter(GeneratorSpec spec, MastLayout layout) {
        this.spec = spec;
        this.layout = layout;
        StringBuilder header = new StringBuilder("Timestamp");
        for (Sensor sensor : layout.sensors()) {
            String prefix = String.format(Locale.ROOT, "Ch%d_%s_%.2fm_%s_", channel(sensor), typeToken(sensor.kind()),
                    (double) sensor.heightM(), sensor.boom());
            for (int s = 0; s < STATISTICS.length; s++) {
                Column column = Column.of(prefix + STATISTICS[s] + "_" + unit(sensor.kind()), sensor, STATISTIC_ORDER[s]);
                columns.add(column);
                header.append('\t').append(column.name());
            }
        }
        this.columnArray = columns.toArray(new Column[0]);
        this.columnHeader = AsciiOutput.bytes(header.append("\r\n").toString());
    }

    private static int channel(Sensor sensor) {
        return sensor.index() + 1;
    }

    private static String typeToken(SensorKind kind) {
        return switch (kind) {
            case ANEMOMETER -> "Anem";
            case VANE -> "Vane";
            default -> "Analog";
        };
    }

    private static String unit(SensorKind kind) {
        return switch (kind) {
            case ANEMOMETER -> "m/s";
            case VANE -> "Deg";
            case THERMOMETER -> "C";
            case BAROMETER -> "hPa";
            case HYGROMETER -> "%RH";
        };
    }

    @Override
    public String loggerName(int logger) {
        return String.format("%06d", logger + 1); // SymphoniePRO site numbers are six digits
    }

    @Override
    public List<Column> columns(int logger) {
        return List.copyOf(columns);
    }

    @Override
    public String dayFileName(int logger, LocalDate day) {
        long exportNumber = ChronoUnit.DAYS.between(spec.start(), day) + 1;
        return String.format("%s_%s_00.00_%06d_meas.txt", loggerName(logger), day, exportNumber);
    }

    @Override
    public String monthArchiveName(int logger, YearMonth month) {
        return String.format("%s_%s_meas.zip", loggerName(logger), month);
    }

    @Override
    public long write(int logger, DaySimulation day, OutputStream stream) throws IOException {
        AsciiOutput out = new AsciiOutput(stream);
        out.write(header(logger, day));
        out.write(columnHeader);
        byte[] date = AsciiOutput.bytes(day.date() + " ");
        long readings = 0;
        while (day.next()) {
            out.write(date).write(TenMinuteDay.clock(day.row()));
            double[] values = day.values();
            for (Column column : columnArray) {
                double value = values[column.slot()];
                out.write('\t');
                if (!Double.isNaN(value)) {
                    out.writeFixed(value, column.decimals(), false);
                    readings++;
                }
            }
            out.write(CRLF);
        }
        out.flush();
        return readings;
    }

    /** Everything up to and including the {@code Data} line. */
    private String header(int logger, DaySimulation day) {
        LoggerClimate climate = day.climate();
        String installed = spec.start().minusDays(30) + " 14:02:11";
        int serial = 10_000 + logger + 1;
        HeaderText text = new HeaderText();
        text.line("NRG Export Service")
                .field("Software Version", "1.0.0.1")
                .field("Export Assembly Version", "1.0.0.131")
                .field("Export version", "3")
                .field("Generated", day.date().plusDays(1) + " 08:15:41")
                .line("")
                .line("Export Parameters")
                .field("Site Number", loggerName(logger))
                .field("Data Type", "Measurements")
                .field("Start Date", "")
                .field("End Date", "")
                .field("Filters Applied", "False")
                .line("Configuration: ")
                .line("")
                .line("Site Properties")
                .field("Site Description", spec.site() + " met mast " + (logger + 1))
                .field("Project", spec.site())
                .field("Tower", "M" + (logger + 1))
                .field("Location", spec.site())
                .field("Coordinate System", "WGS84")
                .field("Latitude", String.format(Locale.ROOT, "%.7f", climate.latitude()))
                .field("Longitude", String.format(Locale.ROOT, "%.7f", climate.longitude()))
                .field("Elevation", Long.toString(Math.round(climate.elevationM())))
                .field("Time Zone", "UTC+0:00")
                .field("Site Units", "SI")
                .line("")
                .line("Logger History")
                .field("Date", installed)
                .field("Model", "SymphoniePRO Logger (8206)")
                .field("Serial Number", "8206" + serial)
                .field("Firmware", "3.4.1")
                .line("")
                .line("iPack History")
                .field("Date", installed)
                .field("Model", "iPackACCESS (7984)")
                .field("Serial Number", "7169" + serial)
                .field("Firmware", "2.2.0")
                .line("")
                .line("Sensor History");
        for (Sensor sensor : layout.sensors()) {
            SensorModel model = SensorModel.of(sensor.kind());
            text.field("Channel", Integer.toString(channel(sensor)))
                    .field("Effective Date", installed)
                    .field("Type", model.type)
                    .field("Description", model.description + " " + sensor.heightM() + "m " + sensor.boom())
                    .field("Serial Number", String.format("%s%04d%03d", model.serialPrefix, serial % 10_000, channel(sensor)))
                    .field("Height", String.format(Locale.ROOT, "%.2f", (double) sensor.heightM()))
                    .field("Bearing", String.format(Locale.ROOT, "%.2f", sensor.boomBearing()))
                    .field("Scale Factor", model.scale)
                    .field("Offset", model.offset)
                    .field("Units", unit(sensor.kind()))
                    .line("");
        }
        return text.line("Data").toString();
    }

    /** The sensor models NRG sells for each kind, as the Sensor History names and calibrates them. */
    private enum SensorModel {
        ANEMOMETER("Anemometer", "NRG Class1", "1795", "0.76500", "0.35000"),
        VANE("Vane", "NRG 200M", "1007", "147.91100", "-1.46020"),
        THERMOMETER("Analog", "NRG T60", "9400", "44.74360", "-40.85550"),
        BAROMETER("Analog", "NRG BP60", "9396", "243.87100", "494.42700"),
        HYGROMETER("Analog", "NRG RH5X", "9413", "20.00000", "0.00000");

        final String type;
        final String description;
        final String serialPrefix;
        final String scale;
        final String offset;

        SensorModel(String type, String description, String serialPrefix, String scale, String offset) {
            this.type = type;
            this.description = description;
            this.serialPrefix = serialPrefix;
            this.scale = scale;
            this.offset = offset;
        }

        static SensorModel of(SensorKind kind) {
            return valueOf(kind.name());
        }
    }

    /** Builds header text with NRG's CRLF line ends. */
    private static final class HeaderText {
        private final StringBuilder text = new StringBuilder(4096);

        HeaderText line(String line) {
            text.append(line).append("\r\n");
            return this;
        }

        HeaderText field(String key, String value) {
            return line(key + ":\t" + value);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
