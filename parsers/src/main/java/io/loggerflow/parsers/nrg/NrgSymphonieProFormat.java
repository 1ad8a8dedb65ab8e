package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NRG SymphoniePRO Desktop / NRG Cloud text export ({@code *_meas.txt}): line 1 {@code NRG Export Service},
 * a sectioned {@code Key:<TAB>Value} header, a line {@code Data}, then a tab-separated table. See the package
 * documentation for conventions and options.
 */
public final class NrgSymphonieProFormat implements LoggerFormat {
    static final String MAGIC = "NRG Export Service";
    // Ch<n>_<Type>_<Height>m_<Bearing>_<Stat>_<Unit>; height and bearing may be empty, the unit may hold / ^ _
    private static final Pattern COLUMN = Pattern.compile(
            "Ch(\\d{1,6})_([A-Za-z][A-Za-z0-9]*)_(?:(\\d{1,5}(?:\\.\\d+)?)m)?_([NESW]{0,3})_([A-Za-z]+)_(.*)");
    private static final Pattern OFFSET = Pattern.compile("([+-]?)(\\d{1,2})(?::(\\d{2}))?");

    @Override
    public String name() {
        return "nrg-symphoniepro";
    }

    @Override
    public boolean detect(byte[] head) {
        return NrgFiles.firstLineIs(head, MAGIC);
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        String fileName = source.name();
        return NrgFiles.open(source, settings, MAGIC, (header, names, table, options) -> {
            NrgColumns columns = NrgColumns.of(names, Set.of("Timestamp"), name -> channel(name, header),
                    fileName, table.lineNumber());
            ZoneId zone = options.headerTimeZone() ? zone(header, settings.timeZone(), fileName) : settings.timeZone();
            return new NrgRowReader(table, fileName, identity(header, fileName), columns, zone, options, null);
        });
    }

    /**
     * Logger = the export's {@code Site Number} (it names the export files and stays with the mast when a logger
     * is swapped), else the logger serial; table = {@code meas} for {@code Data Type: Measurements}.
     */
    private static LoggerIdentity identity(NrgHeader header, String fileName) {
        NrgHeader.Block logger = NrgHeader.latest(header.blocks("Logger History"), "Date");
        String model = logger == null ? null : logger.text("Model");
        String serial = logger == null ? null : logger.text("Serial Number");
        String site = header.text("Export Parameters", "Site Number");
        String name = site != null ? site : serial;
        if (name == null) {
            throw new InputFormatException(fileName, header.dataLine(), null,
                    "the header states neither a Site Number (Export Parameters) nor a logger Serial Number "
                            + "(Logger History)");
        }
        String dataType = header.text("Export Parameters", "Data Type");
        String table = dataType == null || dataType.equalsIgnoreCase("Measurements") ? "meas" : dataType;
        return new LoggerIdentity(name, table, model, serial);
    }

    /** The offset of {@code Time Zone:} in Site Properties (e.g. {@code UTC-5:00}); the fallback when absent. */
    private static ZoneId zone(NrgHeader header, ZoneId fallback, String fileName) {
        NrgHeader.Field field = header.field("Site Properties", "Time Zone").orElse(null);
        if (field == null || field.value().isBlank()) {
            return fallback;
        }
        String text = field.value().strip();
        String upper = text.toUpperCase(Locale.ROOT);
        String offset = upper.startsWith("UTC") || upper.startsWith("GMT") ? text.substring(3).strip() : text;
        if (offset.isEmpty()) {
            return ZoneOffset.UTC;
        }
        Matcher m = OFFSET.matcher(offset);
        try {
            if (m.matches()) {
                int sign = m.group(1).equals("-") ? -1 : 1;
                int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(2)), sign * minutes);
            }
        } catch (DateTimeException e) {
            // out of range: reported below
        }
        throw new InputFormatException(fileName, field.line(), "Time Zone", "unrecognised time zone '" + text
                + "' (expected e.g. UTC-5:00; option " + NrgOptions.TIME_ZONE_SOURCE + "=settings ignores it)");
    }

    /** Metadata from the column name, completed by the channel's latest Sensor History block. */
    static Channel channel(String name, NrgHeader header) {
        Matcher m = COLUMN.matcher(name);
        if (!m.matches()) {
            return new Channel(name, null, null, null, null, null);
        }
        NrgHeader.Block sensor = header.sensor(Integer.parseInt(m.group(1)));
        Double height = m.group(3) != null ? Double.valueOf(m.group(3))
                : sensor == null ? null : sensor.number("Height");
        Double orientation = Compass.orientation(m.group(4), sensor == null ? null : sensor.number("Bearing"));
        String unit = !m.group(6).isEmpty() ? m.group(6) : sensor == null ? null : sensor.text("Units");
        return new Channel(name, unit, m.group(5), height, orientation, m.group(2));
    }
}
