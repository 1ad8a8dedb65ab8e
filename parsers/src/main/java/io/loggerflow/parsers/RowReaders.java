package io.loggerflow.parsers;

import java.io.IOException;
import java.io.InputStream;

/** Opening a {@link RowReader} over a fresh stream of an {@link InputSource} without leaking the stream. */
public final class RowReaders {
    /** Builds a reader that owns {@code in} (closes it in {@link RowReader#close()}). */
    @FunctionalInterface
    public interface Factory {
        RowReader create(InputStream in) throws IOException;
    }

    private RowReaders() {
    }

    /** Opens the source and hands the stream to {@code factory}; the stream is closed when that fails. */
    public static RowReader open(InputSource source, Factory factory) throws IOException {
        InputStream in = source.open();
        try {
            return factory.create(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
