package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NRG LOGR-family data file ({@code *_statistical.dat}, also {@code .diag}): line 1
 * {@code NRG Systems Data Logger}, a sectioned {@code Key:<TAB>Value} header, a line {@code Data}, then a
 * tab-separated table stamped in ISO 8601 UTC. See the package documentation.
 */
public final class NrgLogrFormat implements LoggerFormat {
    static final String MAGIC = "NRG Systems Data Logger";
    private static final Pattern COLUMN = Pattern.compile("Ch(\\d{1,6})_(.+)");
    private static final String GUST_DIR = "Gust_Dir";

    /** The Task 43 measurement type newer LOGR files state (e.g. relative_humidity) beats the product name. */
    private static String sensorType(NrgHeader.Block sensor) {
        String measurementType = sensor.text("Measurement Type");
        return measurementType != null ? measurementType : sensor.text("Sensor Type");
    }

    @Override
    public String name() {
        return "nrg-logr";
    }

    @Override
    public boolean detect(byte[] head) {
        return NrgFiles.firstLineIs(head, MAGIC);
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        String fileName = source.name();
        return NrgFiles.open(source, settings, MAGIC, (header, names, table, options) -> {
            NrgColumns columns = NrgColumns.of(names, Set.of("Timestamp", "Stats_Timestamp"),
                    name -> channel(name, header), fileName, table.lineNumber());
            return new NrgRowReader(table, fileName, identity(header, fileName), columns, settings.timeZone(),
                    options, interval(header, fileName));
        });
    }

    /** Logger = the logger serial (LOGR file names carry it; {@code Site:} is free text); table from File Content. */
    private static LoggerIdentity identity(NrgHeader header, String fileName) {
        String serial = header.text("", "Serial Number");
        if (serial == null) {
            throw new InputFormatException(fileName, header.dataLine(), null,
                    "the header states no logger Serial Number (expected on the lines after line 1)");
        }
        String content = header.text("File Content");
        String table = content == null ? "" : content.equalsIgnoreCase("Statistics") ? "statistical"
                : content.toLowerCase(Locale.ROOT);
        return new LoggerIdentity(serial, table, header.text("", "Model Number"), serial);
    }

    private static Duration interval(NrgHeader header, String fileName) {
        NrgHeader.Field field = header.field("Statistical Interval (min)").orElse(null);
        if (field == null || field.value().isBlank()) {
            return null;
        }
        try {
            double minutes = Double.parseDouble(field.value());
            if (minutes > 0 && minutes <= 24 * 60) {
                return Duration.ofMillis(Math.round(minutes * 60_000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputFormatException(fileName, field.line(), "Statistical Interval (min)",
                "not a number of minutes: '" + field.value() + "'");
    }

    /**
     * {@code Ch<n>_<Stat>_<Unit>} ({@code Gust_Dir} is one statistic; the unit may hold {@code _ / ^});
     * {@code Ch<n>_NotUsed} placeholders are skipped; height, boom bearing and sensor type come from the
     * channel's latest Sensor History block.
     */
    static Channel channel(String name, NrgHeader header) {
        Matcher m = COLUMN.matcher(name);
        if (!m.matches()) {
            return new Channel(name, null, null, null, null, null);
        }
        String rest = m.group(2);
        if (rest.equals("NotUsed")) {
            return null;
        }
        String statistic;
        String unit;
        if (rest.equals(GUST_DIR) || rest.startsWith(GUST_DIR + "_")) {
            statistic = GUST_DIR;
            unit = rest.substring(Math.min(rest.length(), GUST_DIR.length() + 1));
        } else {
            int split = rest.indexOf('_');
            statistic = split < 0 ? rest : rest.substring(0, split);
            unit = split < 0 ? "" : rest.substring(split + 1);
        }
        NrgHeader.Block sensor = header.sensor(Integer.parseInt(m.group(1)));
        if (sensor == null) {
            return new Channel(name, unit.isEmpty() ? null : unit, statistic, null, null, null);
        }
        Double bearing = sensor.number("Boom Bearing") != null ? sensor.number("Boom Bearing") : sensor.number("Bearing");
        return new Channel(name, unit.isEmpty() ? sensor.text("Units") : unit, statistic, sensor.number("Height"),
                bearing, sensorType(sensor));
    }
}
