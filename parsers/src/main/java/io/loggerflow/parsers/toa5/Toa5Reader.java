package io.loggerflow.parsers.toa5;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.CsvParsing;
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
import io.loggerflow.parsers.campbell.FirstRowCells;
import io.loggerflow.parsers.campbell.TextCsvErrors;
import io.loggerflow.parsers.campbell.TextHeaderLines;
import io.loggerflow.parsers.campbell.TextStamps;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import static io.loggerflow.parsers.campbell.HeaderCells.cell;
import static io.loggerflow.parsers.campbell.HeaderCells.requireColumn;

/** Streams a TOA5 file row by row; see {@link Toa5Format}. */
final class Toa5Reader extends DelimitedRowReader {
    private static final int HEADER_LINES = 4;
    static final String PATTERN_OPTION = TextStamps.PATTERN_OPTION;
    private static final String SHAPES = "yyyy-MM-dd HH:mm[:ss[.f]], ISO-8601 with T/Z/offset, yyyy/MM/dd HH:mm, "
            + "dd/MM/yyyy or MM/dd/yyyy HH:mm[:ss]";

    private final DelimitedRecords records;
    private final int[] channelColumns;
    private final int timestampColumn;
    private final int columnCount;
    private final List<SkippedColumn> skippedColumns;
    private final TextStamps textStamps;

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
            this.timestampColumn = requireColumn(names, "TIMESTAMP", fileName, 2);
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
            this.textStamps = TextStamps.settle(settings, "toa5", SHAPES, source,
                    first == null ? null : cell(first, timestampColumn), HEADER_LINES, timestampColumn, "TIMESTAMP");
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
        return FirstRowCells.skipReason(firstCell);
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
        return TextHeaderLines.next(records, fileName, "TOA5", HEADER_LINES, what);
    }

    private LoggerIdentity identityOf(String[] environment, ParseSettings settings) {
        TextHeaderLines.requireType(environment, fileName, "TOA5");
        String station = LoggerNames.orFallback(cell(environment, 1), fileName, settings);
        return new LoggerIdentity(station, cell(environment, 7), cell(environment, 2), cell(environment, 3));
    }

    @Override
    protected long timestampOf(String[] row) {
        if (row.length < columnCount && !onlyTrailingEmpties(row.length)) {
            throw error(lineNumber(), null, "expected " + columnCount + " fields but found " + row.length);
        }
        return timestamp(row.length > timestampColumn ? row[timestampColumn] : null, "TIMESTAMP", textStamps.expected(), stamps);
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
        return textStamps.parse(text, timestampMillis());
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
        return TextCsvErrors.translate(fileName, e);
    }
}
