package io.loggerflow.parsers;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Shows control characters (C0 other than tab, line feed and carriage return) as {@link TextInput#REPLACEMENT}.
 * Logger text never holds them; they come from flipped bits, a card written during a power loss or a broken
 * transfer. Left as they are, the CSV parser trims them like spaces ({@code "220.63\u0013"} would read as
 * 220.63 where the logger wrote 220.633) and PostgreSQL refuses a NUL in a text column. Replaced, they make
 * the cell unreadable, so its row is left out and accounted for, and a name holding one is still storable.
 */
public final class ControlCharacters extends FilterReader {
    public ControlCharacters(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        return c >= 0 && isControl((char) c) ? TextInput.REPLACEMENT : c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            if (isControl(buffer[i])) {
                buffer[i] = TextInput.REPLACEMENT;
            }
        }
        return read;
    }

    private static boolean isControl(char c) {
        return c < ' ' && c != '\t' && c != '\n' && c != '\r';
    }
}
