package io.loggerflow.parsers.toa5;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.CsvErrors;
import io.loggerflow.parsers.CsvParsing;
import io.loggerflow.parsers.DelimitedRecords;
import io.loggerflow.parsers.DelimitedRowReader;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.MissingValues;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.StampPosition;

import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Streams a TOA5 file row by row; see {@link Toa5Format}. */
final class Toa5Reader extends DelimitedRowReader {
    private static final int HEADER_LINES = 4;
    // LoggerNet writes "yyyy-MM-dd HH:mm:ss", with a fraction when the table interval is sub-second.
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);

    private final DelimitedRecords records;
    private final ZoneId zone;
    private final int[] channelColumns;
    private final int timestampColumn;
    private final int columnCount;

    private final TimestampParser stamps = this::parseTimestamp;

    Toa5Reader(Reader reader, String fileName, ParseSettings settings) {
        super(fileName);
        this.zone = settings.timeZone();
        CsvParser parser = new CsvParser(CsvParsing.quoted(',')); // a '#' in a station name is data
        try {
            this.records = new DelimitedRecords(parser, reader, 0, this::translate);
            String[] environment = headerLine("environment");
            String[] names = headerLine("field names");
            String[] units = headerLine("units");
            String[] processing = headerLine("processing");
            this.identity = identityOf(environment);
            this.columnCount = names.length;
            this.timestampColumn = indexOf(names, "TIMESTAMP");
            List<Channel> found = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                String name = names[i] == null ? "" : names[i].trim();
                if (i == timestampColumn || name.equalsIgnoreCase("RECORD") || name.isEmpty()) {
                    continue; // RECORD is the logger's row counter, not a measurement; empty = trailing comma
                }
                found.add(new Channel(name, cell(units, i), cell(processing, i)));
                columns.add(i);
            }
            if (found.isEmpty()) {
                throw error(2, null, "the header names no measurement columns");
            }
            this.channels = List.copyOf(found);
            this.channelColumns = columns.stream().mapToInt(Integer::intValue).toArray();
            rows(records, channelColumns, null);
        } catch (TextParsingException e) {
            parser.stopParsing();
            throw translate(e);
        } catch (RuntimeException e) {
            parser.stopParsing();
            throw e;
        }
    }

    private String[] headerLine(String what) {
        String[] line = records.next();
        if (line == null) {
            throw error(0, null, "the file ends inside the " + HEADER_LINES + "-line TOA5 header (missing "
                    + what + " line)");
        }
        return line;
    }

    private LoggerIdentity identityOf(String[] environment) {
        if (environment.length < 2 || environment[0] == null || !environment[0].trim().equals("TOA5")) {
            throw error(1, null, "not a TOA5 file: the first field of line 1 must be TOA5");
        }
        String station = cell(environment, 1);
        if (station == null) {
            throw error(1, null, "the TOA5 environment line names no station");
        }
        return new LoggerIdentity(station, cell(environment, 7), cell(environment, 2), cell(environment, 3));
    }

    private int indexOf(String[] names, String wanted) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null && names[i].trim().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        throw error(2, null, "no " + wanted + " column in the field names line");
    }

    private static String cell(String[] line, int index) {
        if (index >= line.length || line[index] == null || line[index].isBlank()) {
            return null;
        }
        return line[index].trim();
    }



    @Override
    protected long timestampOf(String[] row) {
        if (row.length < columnCount && !onlyTrailingEmpties(row.length)) {
            throw error(lineNumber(), null, "expected " + columnCount + " fields but found " + row.length);
        }
        return timestamp(row.length > timestampColumn ? row[timestampColumn] : null, "TIMESTAMP",
                "yyyy-MM-dd HH:mm:ss", stamps);
    }

    // A re-saved file may drop empty trailing cells; that is only fine when the header had empty trailing names.
    private boolean onlyTrailingEmpties(int present) {
        for (int column : channelColumns) {
            if (column >= present) {
                return false;
            }
        }
        return present > timestampColumn;
    }

    private long parseTimestamp(String text) {
        ZonedDateTime stamp = LocalDateTime.parse(text.trim(), TIMESTAMP).atZone(zone);
        long millis = stamp.toInstant().toEpochMilli();
        // A logger on local time repeats an hour when clocks go back: the second pass through the
        // overlap is the later offset. (The hour skipped in spring simply never appears.)
        if (millis <= timestampMillis()) {
            millis = Math.max(millis, stamp.withLaterOffsetAtOverlap().toInstant().toEpochMilli());
        }
        return millis;
    }

    /** Campbell interval tables stamp a record when its interval closes. */
    @Override
    public StampPosition stampPosition() {
        return StampPosition.END;
    }

    @Override
    protected double number(String text) {
        return MissingValues.parse(text);
    }

    private InputFormatException translate(TextParsingException e) {
        long line = CsvErrors.line(e, 0, 0);
        if (CsvErrors.causedBy(e, CharacterCodingException.class)) {
            return new InputFormatException(fileName, line, null, "not valid UTF-8 text", e);
        }
        return CsvErrors.translate(fileName, line, e, CsvErrors.LIMITS_STATED, "unreadable CSV");
    }
}
