package io.loggerflow.exporter;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The preamble of the windographer layout, the lines Windographer's text import reads before the column names
 * (site, latitude/longitude when known, what the time stamps mean), in the shape of Windographer's own text
 * export, so our windographer reader loads the file back too: its first line must read
 * {@code Created <date> ... by Windographer}.
 */
final class WindographerHeader {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private WindographerHeader() {
    }

    static void write(Writer out, ExportPlan plan, Station station, ExportFormat format, Instant exportedAt)
            throws IOException {
        SourceKey key = plan.source().key();
        line(out, "Created " + CREATED.format(exportedAt) + " UTC by loggerflow, in the text layout read by Windographer");
        line(out, "");
        line(out, "Site = " + key.site());
        line(out, "Logger = " + key.logger() + (key.table().isEmpty() ? "" : " (table " + key.table() + ")"));
        if (station.latitude() != null && station.longitude() != null) {
            line(out, "Latitude = " + hemisphere(station.latitude(), 'N', 'S'));
            line(out, "Longitude = " + hemisphere(station.longitude(), 'E', 'W'));
        }
        line(out, "Time zone = UTC");
        line(out, "Missing data = " + (format.missing().isEmpty() ? "empty cell" : format.missing()));
        line(out, "");
        line(out, "Time stamps indicate the beginning of the time step.");
        line(out, "");
    }

    /** {@code N 53.500000}: the hemisphere letter and the absolute value, as Windographer writes coordinates. */
    static String hemisphere(double degrees, char positive, char negative) {
        return String.format(Locale.ROOT, "%c %.6f", degrees < 0 ? negative : positive, Math.abs(degrees));
    }

    private static void line(Writer out, String text) throws IOException {
        out.write(text);
        out.write("\r\n");
    }
}
