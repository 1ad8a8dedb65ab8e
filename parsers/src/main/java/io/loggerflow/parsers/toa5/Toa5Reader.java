package io.loggerflow.parsers.toa5;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.CsvErrors;
import io.loggerflow.parsers.CsvParsing;
import io.loggerflow.parsers.DelimitedRecords;
import io.loggerflow.parsers.DelimitedRowReader;
import io.loggerflow.parsers.DayMonthOrder;
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
import io.loggerflow.parsers.TextInput;
import io.loggerflow.parsers.generic.Timestamps;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/** Streams a TOA5 file row by row; see {@link Toa5Format}. */
final class Toa5Reader extends DelimitedRowReader {
    private static final int HEADER_LINES = 4;
    /** Option: a java.time pattern for stamps the reader does not know, or slash dates whose order the file never tells. */
    static final String PATTERN_OPTION = "timestamp-pattern";
    private static final String SHAPES = "yyyy-MM-dd HH:mm[:ss[.f]], ISO-8601 with T/Z/offset, yyyy/MM/dd HH:mm, "
            + "dd/MM/yyyy or MM/dd/yyyy HH:mm[:ss]";

    private final DelimitedRecords records;
    private final int[] channelColumns;
    private final int timestampColumn;
    private final int columnCount;
    private final List<SkippedColumn> skippedColumns;
    private final String expected;
    private final StampParser parser;
    private final Timestamps pattern;

    private final TimestampParser stamps = this::parseTimestamp;

    Toa5Reader(Reader reader, InputSource source, ParseSettings settings) throws IOException {
        super(source.name());
        CsvParser csv = new CsvParser(CsvParsing.quoted(',')); // a '#' in a station name is data
        try {
            this.records = new DelimitedRecords(csv, reader, 0, this::translate);
            String[] environment = headerLine("environment");
            String[] names = headerLine("field names");
            String[] units = headerLine("units");
            String[] processing = headerLine("processing");
            this.identity = identityOf(environment, settings);
            this.columnCount = names.length;
            this.timestampColumn = indexOf(names, "TIMESTAMP");
            requireHeaderLine(units, 3, "units");
            requireHeaderLine(processing, 4, "processing");
            rows(records, null, null); // the channel columns follow once the first row has shown what each holds
            String[] first = firstRow();
            List<Channel> found = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            List<SkippedColumn> skipped = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                String name = names[i] == null ? "" : names[i].trim();
                if (i == timestampColumn || name.equalsIgnoreCase("RECORD") || name.isEmpty()) {
                    continue; // RECORD is the logger's row counter, not a measurement; empty = trailing comma
                }
                String unit = cell(units, i);
                String reason = skipReason(unit, cell(processing, i), first == null ? null : cell(first, i));
                if (reason != null) {
                    skipped.add(new SkippedColumn(name, reason));
                    continue;
                }
                found.add(new Channel(name, unit, cell(processing, i)));
                columns.add(i);
            }
            if (found.isEmpty()) {
                throw error(2, null, "the header names no measurement columns");
            }
            this.channels = List.copyOf(found);
            this.skippedColumns = List.copyOf(skipped);
            this.channelColumns = columns.stream().mapToInt(Integer::intValue).toArray();
            rows(records, channelColumns, null);
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

    /**
     * Why a column is no measurement, or null: its processing is TMx/TMn, its unit is TS, or its cell in the first
     * data row is neither a number nor a missing-value marker (then a timestamp or text). A column empty or NAN in
     * the first row stays a channel: its later text cells are bad rows, never a silent loss.
     */
    private static String skipReason(String unit, String processing, String firstCell) {
        String byProcessing = SkipReasons.ofProcessing(processing);
        if (byProcessing != null) {
            return byProcessing;
        }
        if ("TS".equalsIgnoreCase(unit)) {
            return SkipReasons.TIMESTAMP;
        }
        if (firstCell == null) {
            return null;
        }
        try {
            MissingValues.parse(firstCell);
            return null;
        } catch (NumberFormatException e) {
            if (StampParser.looksLikeTimestamp(firstCell)) {
                return SkipReasons.TIMESTAMP;
            }
            return looksLikeDamagedNumber(firstCell) ? null : SkipReasons.TEXT;
        }
    }

    /**
     * A number with one character gone wrong ({@code 5.2a}, a control character shown as the replacement
     * character): a damaged first row must not turn a measured column into a text column and drop all of it,
     * so such a column stays a channel and the damaged cell is one bad row.
     */
    private static boolean looksLikeDamagedNumber(String cell) {
        String text = cell.strip();
        if (text.indexOf(TextInput.REPLACEMENT) >= 0) {
            return true;
        }
        if (text.isEmpty() || text.length() > 24 || "0123456789+-.".indexOf(text.charAt(0)) < 0) {
            return false;
        }
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("0123456789+-.eE".indexOf(text.charAt(i)) < 0) {
                odd++;
            }
        }
        return odd <= 1;
    }

    private Timestamps pattern(ParseSettings settings) {
        String text = settings.option(PATTERN_OPTION).map(String::trim).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return Timestamps.pattern(text, settings.timeZone());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("toa5 option '" + PATTERN_OPTION + "' = '" + text
                    + "': not a java DateTimeFormatter pattern: " + e.getMessage(), e);
        }
    }

    /**
     * The day/month order when the stamps are slash dates with the year last: the first stamp's, else the first
     * that proves it in a stamps-only pass over the file; a file that never tells is refused.
     */
    private StampParser.Order order(InputSource source, String firstStamp) throws IOException {
        if (firstStamp == null || !StampParser.isYearLastSlashDate(firstStamp)) {
            return null;
        }
        StampParser.Order order = StampParser.orderProvedBy(firstStamp);
        if (order == null) {
            order = DayMonthOrder.ofFile(source, HEADER_LINES, timestampColumn, ',');
        }
        if (order == null) {
            throw error(HEADER_LINES + 1, "TIMESTAMP", "the day/month order of the timestamps cannot be told ('"
                    + firstStamp.trim() + "' and no later stamp has a field above 12): set the format option "
                    + PATTERN_OPTION + " (e.g. dd/MM/yyyy HH:mm)");
        }
        return order;
    }

    @Override
    public List<SkippedColumn> skippedColumns() {
        return skippedColumns;
    }

    /**
     * A header line whose TIMESTAMP cell holds a stamp is a data row: the file lost a header line (a re-save or
     * a cut copy), and reading on would take that row as units or processing and lose it without a word.
     */
    private void requireHeaderLine(String[] line, int number, String what) {
        String cell = timestampColumn < line.length ? line[timestampColumn] : null;
        if (cell != null && StampParser.looksLikeTimestamp(cell)) {
            throw error(number, "TIMESTAMP", "line " + number + " should be the TOA5 " + what
                    + " line but holds a data row: a header line is missing");
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

    private LoggerIdentity identityOf(String[] environment, ParseSettings settings) {
        if (environment.length < 1 || environment[0] == null || !environment[0].trim().equals("TOA5")) {
            throw error(1, null, "not a TOA5 file: the first field of line 1 must be TOA5");
        }
        String station = LoggerNames.orFallback(cell(environment, 1), fileName, settings);
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
        return timestamp(row.length > timestampColumn ? row[timestampColumn] : null, "TIMESTAMP", expected, stamps);
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
        return parser != null ? parser.parse(text, timestampMillis()) : pattern.parse(text);
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
