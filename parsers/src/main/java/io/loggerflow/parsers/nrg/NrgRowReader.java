package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.DelimitedRowReader;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.LoggerIdentity;

import java.time.Duration;
import java.time.ZoneId;

/** Streams the rows of an NRG table, one at a time; values are parsed on demand. */
final class NrgRowReader extends DelimitedRowReader {
    private final NrgColumns columns;
    private final int requiredFields;
    private final ZoneId zone;
    private final MissingMarkers missing;
    private final String expectedTimestamp = "yyyy-MM-dd HH:mm:ss or yyyy-MM-ddTHH:mm:ssZ";
    private final TimestampParser stamps = this::parseTimestamp;

    NrgRowReader(NrgTable table, String fileName, LoggerIdentity identity, NrgColumns columns, ZoneId zone,
                 NrgOptions options, Duration interval) {
        super(fileName);
        this.identity = identity;
        this.channels = columns.channels();
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
        rows(table.records(), columns.channelColumns(), null);
    }

    @Override
    protected long timestampOf(String[] row) {
        if (row.length < requiredFields) {
            throw error(lineNumber(), null, "expected " + columns.columnCount() + " fields but found " + row.length);
        }
        for (int i = columns.columnCount(); i < row.length; i++) {
            if (row[i] != null && !row[i].isBlank()) {
                throw error(lineNumber(), null, "expected " + columns.columnCount() + " fields but found " + row.length);
            }
        }
        return timestamp(row[columns.timestampColumn()], columns.timestampName(), expectedTimestamp, stamps);
    }

    // text that did not decode (an encoding option is wrong) would fail to parse anyway: say why
    private long parseTimestamp(String text) {
        if (text.indexOf(NrgFiles.UNDECODABLE) >= 0) {
            throw error(lineNumber(), columns.timestampName(), NrgFiles.UNDECODABLE_REASON);
        }
        return NrgTimestamps.parse(text, zone);
    }

    @Override
    protected double number(String text) {
        return missing.parse(text);
    }

    @Override
    protected InputFormatException notANumber(String channel, String text) {
        if (text.indexOf(NrgFiles.UNDECODABLE) >= 0) {
            return error(lineNumber(), channel, NrgFiles.UNDECODABLE_REASON);
        }
        return super.notANumber(channel, text);
    }
}
