package io.loggerflow.parsers;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;

/**
 * The first {@code lines} lines of a text (counted by LF), for a CSV parser that must not read on into what
 * follows a file's data part (Ammonit's information part, AQ500's end-of-data marker).
 */
public final class FirstLinesReader extends FilterReader {
    private long linesLeft;

    /** @param lines how many lines to pass on (each up to and including its line break); the rest reads as the end */
    public FirstLinesReader(BufferedReader in, long lines) {
        super(in);
        this.linesLeft = lines;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (linesLeft <= 0 || length == 0) {
            return linesLeft <= 0 ? -1 : 0;
        }
        int n = 0;
        while (n < length && linesLeft > 0) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            buffer[offset + n++] = (char) c;
            if (c == '\n') {
                linesLeft--;
            }
        }
        return n == 0 ? -1 : n;
    }

    @Override
    public boolean ready() throws IOException {
        return linesLeft > 0 && in.ready();
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
