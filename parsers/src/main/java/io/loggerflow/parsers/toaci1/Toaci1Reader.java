package io.loggerflow.parsers.toaci1;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.CsvErrors;
import io.loggerflow.parsers.CsvParsing;
import io.loggerflow.parsers.DayMonthOrder;
import io.loggerflow.parsers.DelimitedRecords;
import io.loggerflow.parsers.DelimitedRowReader;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.LoggerNames;
import io.loggerflow.parsers.MissingValues;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.SkipReasons;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.StampParser;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.generic.Timestamps;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/** Streams a TOACI1 file row by row; see {@code package-info.java}. */
final class Toaci1Reader extends DelimitedRowReader {
    private static final int HEADER_LINES = 2;
    static final String PATTERN_OPTION = "timestamp-pattern";
    private static final String TIMESTAMP = "TMSTAMP";
    private static final String RECORD = "RECNBR";
    private static final String SHAPES = "yyyy-MM-dd HH:mm[:ss[.f]], yyyy/MM/dd HH:mm, dd/MM/yyyy or MM/dd/yyyy HH:mm[:ss]";

    private final DelimitedRecords records;
    private final int timestampColumn;
    private final int columnCount;
    private final List<SkippedColumn> skippedColumns;
    private final String expected;
    private final StampParser parser;
    private final Timestamps pattern;
    private final TimestampParser stamps = this::parseTimestamp;

    Toaci1Reader(Reader reader, InputSource source, ParseSettings settings) throws IOException {
        super(source.name());
        CsvParser csv = new CsvParser(CsvParsing.quoted(','));
        try {
            this.records = new DelimitedRecords(csv, reader, 0, this::translate);
            String[] environment = headerLine("environment");
            String[] names = headerLine("field names");
            this.identity = identityOf(environment, settings);
            this.columnCount = names.length;
            this.timestampColumn = indexOf(names, TIMESTAMP);
            rows(records, null, null); // what each column holds shows only in the first data row
            String[] first = firstRow();
            List<Channel> found = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            List<SkippedColumn> skipped = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                String name = cell(names, i);
                if (i == timestampColumn || name == null) {
                    continue; // the row's stamp; an empty name is a trailing comma
                }
                String reason = name.equalsIgnoreCase(RECORD) ? SkipReasons.RECORD_NUMBER
                        : skipReason(first == null ? null : cell(first, i));
                if (reason != null) {
                    skipped.add(new SkippedColumn(name, reason));
                    continue;
                }
                found.add(new Channel(name, null, null)); // TOACI1 has no units or processing lines
                columns.add(i);
            }
            if (found.isEmpty()) {
                throw error(2, null, "the header names no measurement columns");
            }
            this.channels = List.copyOf(found);
            this.skippedColumns = List.copyOf(skipped);
            this.stampPosition = StampPosition.END;
            rows(records, columns.stream().mapToInt(Integer::intValue).toArray(), null);
            this.pattern = pattern(settings);
            this.expected = pattern != null ? pattern.description() : SHAPES;
            this.parser = pattern != null ? null
                    : new StampParser(settings.timeZone(), order(source, first == null ? null : cell(first, timestampColumn)));
        } catch (TextParsingException e) {
            csv.stopParsing();
            throw translate(e);
        } catch (RuntimeException | IOException e) {
            csv.stopParsing();
            throw e;
        }
    }

    /** A first-row cell that is neither a number nor a missing marker makes its column text (or a timestamp). */
    private static String skipReason(String firstCell) {
        if (firstCell == null) {
            return null;
        }
        try {
            MissingValues.parse(firstCell);
            return null;
        } catch (NumberFormatException e) {
            return StampParser.looksLikeTimestamp(firstCell) ? SkipReasons.TIMESTAMP : SkipReasons.TEXT;
        }
    }

    private Timestamps pattern(ParseSettings settings) {
        String text = settings.option(PATTERN_OPTION).map(String::trim).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return Timestamps.pattern(text, settings.timeZone());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("toaci1 option '" + PATTERN_OPTION + "' = '" + text
                    + "': not a java DateTimeFormatter pattern: " + e.getMessage(), e);
        }
    }

    private StampParser.Order order(InputSource source, String firstStamp) throws IOException {
        if (firstStamp == null || !StampParser.isYearLastSlashDate(firstStamp)) {
            return null;
        }
        StampParser.Order order = StampParser.orderProvedBy(firstStamp);
        if (order == null) {
            order = DayMonthOrder.ofFile(source, HEADER_LINES, timestampColumn, ',');
        }
        if (order == null) {
            throw error(HEADER_LINES + 1, TIMESTAMP, "the day/month order of the timestamps cannot be told ('"
                    + firstStamp.trim() + "' and no later stamp has a field above 12): set the format option "
                    + PATTERN_OPTION + " (e.g. dd/MM/yyyy HH:mm)");
        }
        return order;
    }

    @Override
    public List<SkippedColumn> skippedColumns() {
        return skippedColumns;
    }

    private String[] headerLine(String what) {
        String[] line = records.next();
        if (line == null) {
            throw error(0, null, "the file ends inside the " + HEADER_LINES + "-line TOACI1 header (missing "
                    + what + " line)");
        }
        return line;
    }

    private LoggerIdentity identityOf(String[] environment, ParseSettings settings) {
        if (environment.length < 1 || environment[0] == null || !environment[0].trim().equals("TOACI1")) {
            throw error(1, null, "not a TOACI1 file: the first field of line 1 must be TOACI1");
        }
        String station = LoggerNames.orFallback(cell(environment, 1), fileName, settings);
        return new LoggerIdentity(station, cell(environment, 2), null, null);
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
        if (row.length != columnCount) {
            throw error(lineNumber(), null, "expected " + columnCount + " fields but found " + row.length);
        }
        return timestamp(row[timestampColumn], TIMESTAMP, expected, stamps);
    }

    private long parseTimestamp(String text) {
        return parser != null ? parser.parse(text, timestampMillis()) : pattern.parse(text);
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
