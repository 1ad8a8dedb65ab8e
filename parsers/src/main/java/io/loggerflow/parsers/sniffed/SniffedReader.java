package io.loggerflow.parsers.sniffed;

import io.loggerflow.parsers.DelimitedRowReader;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.generic.LineSource;
import io.loggerflow.parsers.generic.Options;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Streams a file in the layout {@link Sniffer} established, with the row rules every delimited reader has. */
final class SniffedReader extends DelimitedRowReader {
    private final LineSource lines;
    private final SniffedLayout layout;
    private final String expected;
    private long previous = Long.MIN_VALUE;

    SniffedReader(LineSource lines, SniffedLayout layout, Options options) throws IOException {
        super(lines.fileName());
        this.lines = lines;
        this.layout = layout;
        this.expected = layout.stamps().pattern();
        this.identity = options.identity(fileName);
        this.channels = layout.channels();
        this.stampPosition = options.stampPosition("stamp-position").orElse(StampPosition.UNKNOWN);
        this.interval = options.interval("interval").orElse(null);
        while (lines.line() < layout.dataLine() - 1) {
            if (lines.readLine() == null) {
                break;
            }
        }
        rows(lines.rows(layout.delimiter()), layout.channelColumns(), lines);
    }

    @Override
    protected long timestampOf(String[] row) {
        lines.requireFields(row, layout.width(), lineNumber());
        String text = StampColumns.text(row, layout.stampColumns());
        long millis = timestamp(text.isBlank() ? null : text, layout.stampLabel(), expected,
                cell -> layout.stamps().parse(cell, previous));
        previous = millis;
        return millis;
    }

    @Override
    protected double number(String text) {
        return layout.numbers().parse(text);
    }

    @Override
    public List<SkippedColumn> skippedColumns() {
        return layout.skipped();
    }

    @Override
    public Optional<String> sniffedLayout() {
        return Optional.of(layout.describe());
    }
}
