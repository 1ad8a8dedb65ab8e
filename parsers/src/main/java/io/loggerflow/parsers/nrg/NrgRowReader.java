package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaderBase;
import io.loggerflow.parsers.StampPosition;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Streams the rows of an NRG table, one at a time; values are parsed on demand. */
final class NrgRowReader extends RowReaderBase {
    private final NrgTable table;
    private final String fileName;
    private final NrgColumns columns;
    private final int requiredFields;
    private final ZoneId zone;
    private final MissingMarkers missing;
    private final Duration interval;

    private String[] row;
    private long timestampMillis;

    NrgRowReader(NrgTable table, String fileName, LoggerIdentity identity, NrgColumns columns, ZoneId zone,
                 NrgOptions options, Duration interval) {
        this.table = table;
        this.fileName = fileName;
        this.identity = identity;
        this.columns = columns;
        this.zone = zone;
        this.missing = options.missing();
        this.stampPosition = options.stampPosition();
        this.interval = interval;
        int last = columns.timestampColumn();
        for (int column : columns.channelColumns()) {
            last = Math.max(last, column);
        }
        this.requiredFields = last + 1;
    }


    @Override
    public List<Channel> channels() {
        return columns.channels();
    }

    @Override
    public boolean next() {
        row = table.next();
        if (row == null) {
            return false;
        }
        if (row.length < requiredFields) {
            throw error(null, "expected " + columns.columnCount() + " fields but found " + row.length);
        }
        for (int i = columns.columnCount(); i < row.length; i++) {
            if (row[i] != null && !row[i].isBlank()) {
                throw error(null, "expected " + columns.columnCount() + " fields but found " + row.length);
            }
        }
        timestampMillis = parseTimestamp(row[columns.timestampColumn()]);
        return true;
    }

    private long parseTimestamp(String text) {
        if (text == null || text.isBlank()) {
            throw error(columns.timestampName(), "empty timestamp");
        }
        try {
            return NrgTimestamps.parse(text, zone);
        } catch (DateTimeException e) {
            if (text.indexOf(NrgFiles.UNDECODABLE) >= 0) {
                throw error(columns.timestampName(), NrgFiles.UNDECODABLE_REASON);
            }
            throw error(columns.timestampName(), "not a timestamp (expected yyyy-MM-dd HH:mm:ss or "
                    + "yyyy-MM-ddTHH:mm:ssZ): '" + abbreviate(text) + "'");
        }
    }

    @Override
    public long timestampMillis() {
        return timestampMillis;
    }

    @Override
    public double value(int channel) {
        String text = row[columns.channelColumns()[channel]];
        try {
            return missing.parse(text);
        } catch (NumberFormatException e) {
            if (text.indexOf(NrgFiles.UNDECODABLE) >= 0) {
                throw error(columns.channels().get(channel).name(), NrgFiles.UNDECODABLE_REASON);
            }
            throw error(columns.channels().get(channel).name(), "not a number: '" + abbreviate(text) + "'");
        }
    }


    @Override
    public Optional<Duration> interval() {
        return Optional.ofNullable(interval);
    }

    @Override
    public long lineNumber() {
        return table.lineNumber();
    }

    @Override
    public void close() {
        table.close();
    }

    private InputFormatException error(String column, String reason) {
        return new InputFormatException(fileName, lineNumber(), column, reason);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
