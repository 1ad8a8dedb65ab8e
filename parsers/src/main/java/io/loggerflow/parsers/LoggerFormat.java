package io.loggerflow.parsers;

import java.io.IOException;
import java.util.List;

/** One logger file format: recognises its files and opens a streaming reader over them. */
public interface LoggerFormat {
    /**
     * The option through which {@link #open} reads one table of a file that holds several (see {@link #tables}).
     * Set in a folder's options, it restricts the folder to that one table.
     */
    String TABLE_OPTION = "table-id";

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
     * The reader owns the stream(s) it opens and closes them in {@link RowReader#close()}.
     *
     * @throws InputFormatException when the header is malformed (names the file, line and reason)
     */
    RowReader open(InputSource source, ParseSettings settings) throws IOException;

    /**
     * The tables of a file that holds several (a mixed-array file: one per output array), in the order the file
     * first shows them. Each is read by its own reader, {@code open(source, settings.withOption(TABLE_OPTION, id))},
     * and is a source of its own (its identity's table differs). Empty for a file of one table, the usual case,
     * which {@code open(source, settings)} reads.
     *
     * @throws InputFormatException when the file holds a table the settings cannot read (names line and reason)
     */
    default List<String> tables(InputSource source, ParseSettings settings) throws IOException {
        return List.of();
    }

    /**
     * When detection asks this format, relative to the others. A format that matches a broad shape says
     * {@link DetectionRank#GENERIC}, so that every dedicated format is asked before it.
     */
    default DetectionRank detectionRank() {
        return DetectionRank.DEDICATED;
    }

    /**
     * Detection asks every DEDICATED format before any GENERIC one, and those before a SNIFFED one; within a rank,
     * in registration order.
     */
    enum DetectionRank {
        /** Recognises its files by a first line that no other format writes. */
        DEDICATED,
        /** A layout any tool can write (e.g. a plain tidy CSV), or one that is only used when configured. */
        GENERIC,
        /** Works out the layout of a file no other format recognises: asked last, so it never takes another's file. */
        SNIFFED
    }
}
