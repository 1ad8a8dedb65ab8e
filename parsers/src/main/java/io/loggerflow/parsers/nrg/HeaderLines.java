package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.InputFormatException;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads the text header one line at a time, counting lines, without reading ahead of the current line, so
 * the same reader can be handed to the table parser after the {@code Data} line.
 */
final class HeaderLines {
    private static final int MAX_LINE_CHARS = 64 * 1024;

    private final BufferedReader reader;
    private final String fileName;
    private final StringBuilder line = new StringBuilder(128);
    private long lineNumber;

    HeaderLines(BufferedReader reader, String fileName) {
        this.reader = reader;
        this.fileName = fileName;
    }

    /** The next line without its terminator, or null at the end of the file. */
    String next() throws IOException {
        line.setLength(0);
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        lineNumber++;
        while (c >= 0 && c != '\n' && c != '\r') {
            if (line.length() == MAX_LINE_CHARS) {
                throw new InputFormatException(fileName, lineNumber, null,
                        "header line longer than " + MAX_LINE_CHARS + " characters: not an NRG text file");
            }
            if (c == NrgFiles.UNDECODABLE) {
                throw new InputFormatException(fileName, lineNumber, null, NrgFiles.UNDECODABLE_REASON);
            }
            line.append((char) c);
            c = reader.read();
        }
        if (c == '\r') { // CR LF or a lone CR
            reader.mark(1);
            if (reader.read() != '\n') {
                reader.reset();
            }
        }
        return line.toString();
    }

    /** 1-based number of the line last returned by {@link #next()}. */
    long lineNumber() {
        return lineNumber;
    }

    BufferedReader reader() {
        return reader;
    }
}
