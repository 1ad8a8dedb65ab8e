package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.DelimitedRowReader;
import io.loggerflow.parsers.FieldCounts;

/**
 * A delimited table whose header fixes the field count and whose stamp is its first column (or a {@code Date} and
 * a {@code Time} column): the row check, stamp and cell rules the Ammonit, AQ500 and Kintech readers share. The
 * constructor reads the header, calls {@link #table} and then {@link #rows}.
 */
public abstract class StampedTableReader extends DelimitedRowReader {
    /** The options these formats share (each format's README table says what they mean for it). */
    public static final String OPTION_ENCODING = "encoding";
    public static final String OPTION_PATTERN = "timestamp-pattern";
    public static final String OPTION_MISSING = "missing";
    public static final String OPTION_STAMP_POSITION = "stamp-position";
    private int columnCount;
    private int requiredFields;
    private StampColumns stampColumns;
    private Timestamps timestamps;
    private TimestampParser stamps;
    private char decimal;
    private double[] sentinels;

    protected StampedTableReader(String fileName) {
        super(fileName);
    }

    /**
     * What the header fixed.
     *
     * @param columnCount    the header's field count
     * @param requiredFields the fields a row needs (up to the last channel's column)
     * @param decimal        the decimal mark, 0 for '.' or ',' per cell
     * @param sentinels      numbers that mean missing
     */
    protected final void table(int columnCount, int requiredFields, StampColumns stampColumns, Timestamps timestamps,
                               char decimal, double[] sentinels) {
        this.columnCount = columnCount;
        this.requiredFields = requiredFields;
        this.stampColumns = stampColumns;
        this.timestamps = timestamps;
        this.stamps = timestamps::parse;
        this.decimal = decimal;
        this.sentinels = sentinels;
    }

    @Override
    protected final long timestampOf(String[] row) {
        String misfit = FieldCounts.problem(row, columnCount, requiredFields);
        if (misfit != null) {
            throw error(lineNumber(), null, misfit);
        }
        return timestamp(stampColumns.text(row), stampColumns.name(), timestamps.description(), stamps);
    }

    @Override
    protected double number(String text) {
        return Cells.number(text, decimal, sentinels);
    }
}
