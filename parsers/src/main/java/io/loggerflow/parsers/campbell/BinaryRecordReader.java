package io.loggerflow.parsers.campbell;

import io.loggerflow.parsers.RowReaderBase;

/**
 * A reader of a Campbell binary file (TOB1, TOB3) that holds one current record: its stamp and values may be
 * read only after {@code next()} has found it, so a caller that skips {@code next()} hears of it at once instead
 * of reading a stale or empty record.
 */
public abstract class BinaryRecordReader extends RowReaderBase {
    /** Whether {@code next()} has found a record to read. */
    protected boolean hasRecord;
    /** The current record's stamp, set by {@code next()}. */
    protected long timestampMillis;

    @Override
    public final long timestampMillis() {
        requireRecord();
        return timestampMillis;
    }

    /** Refuses a read when there is no current record. */
    protected final void requireRecord() {
        if (!hasRecord) {
            throw new IllegalStateException("no current record: call next() first");
        }
    }
}
