package io.loggerflow.parsers.toaci1;

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

/** Streams a TOACI1 file row by row; see {@code package-info.java}. */
final class Toaci1Reader extends DelimitedRowReader {
    private static final int HEADER_LINES = 2;
    static final String PATTERN_OPTION = TextStamps.PATTERN_OPTION;
    private static final String TIMESTAMP = "TMSTAMP";
    private static final String RECORD = "RECNBR";
    private static final String SHAPES = "yyyy-MM-dd HH:mm[:ss[.f]], yyyy/MM/dd HH:mm, dd/MM/yyyy or MM/dd/yyyy HH:mm[:ss]";

    private final DelimitedRecords records;
    private final int timestampColumn;
    private final int columnCount;
    private final List<SkippedColumn> skippedColumns;
    private final TextStamps textStamps;
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
            this.timestampColumn = requireColumn(names, TIMESTAMP, fileName, 2);
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
                        : FirstRowCells.skipReason(first == null ? null : cell(first, i));
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
            this.textStamps = TextStamps.settle(settings, "toaci1", SHAPES, source,
                    first == null ? null : cell(first, timestampColumn), HEADER_LINES, timestampColumn, TIMESTAMP);
        } catch (TextParsingException e) {
            csv.stopParsing();
            throw translate(e);
        } catch (RuntimeException | IOException e) {
            csv.stopParsing();
            throw e;
        }
    }

    @Override
    public List<SkippedColumn> skippedColumns() {
        return skippedColumns;
    }

    private String[] headerLine(String what) {
        return TextHeaderLines.next(records, fileName, "TOACI1", HEADER_LINES, what);
    }

    private LoggerIdentity identityOf(String[] environment, ParseSettings settings) {
        TextHeaderLines.requireType(environment, fileName, "TOACI1");
        String station = LoggerNames.orFallback(cell(environment, 1), fileName, settings);
        return new LoggerIdentity(station, cell(environment, 2), null, null);
    }

    @Override
    protected long timestampOf(String[] row) {
        if (row.length != columnCount) {
            throw error(lineNumber(), null, "expected " + columnCount + " fields but found " + row.length);
        }
        return timestamp(row[timestampColumn], TIMESTAMP, textStamps.expected(), stamps);
    }

    private long parseTimestamp(String text) {
        return textStamps.parse(text, timestampMillis());
    }

    @Override
    protected double number(String text) {
        return MissingValues.parse(text);
    }

    private InputFormatException translate(TextParsingException e) {
        return TextCsvErrors.translate(fileName, e);
    }
}
