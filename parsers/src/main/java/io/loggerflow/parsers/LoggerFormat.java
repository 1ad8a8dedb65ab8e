package io.loggerflow.parsers;

import java.io.IOException;
import java.io.InputStream;

/** One logger file format: recognises its files and opens a streaming reader over them. */
public interface LoggerFormat {

    /** Short stable name used in configuration and in the {@code files} table, e.g. {@code toa5}. */
    String name();

    /**
     * Whether a file starting with these bytes is in this format.
     *
     * @param head the first bytes of the file (up to {@link FormatRegistry#HEAD_BYTES}), possibly fewer
     */
    boolean detect(byte[] head);

    /**
     * Opens a reader positioned before the first data row. The header is read and validated here.
     *
     * @param fileName used in error messages only
     */
    RowReader open(InputStream in, String fileName, ParseSettings settings) throws IOException;
}
