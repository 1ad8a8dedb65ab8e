package io.loggerflow.bench.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A buffered writer of ASCII text and fixed-point numbers straight into bytes. Generated files are pure ASCII,
 * so this skips charset encoding and {@code String.format}, which would dominate the generator's time.
 * {@link #flush()} hands the bytes on but never closes the underlying stream (it may be a zip entry).
 */
final class AsciiOutput {
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private final OutputStream out;
    private final byte[] buffer = new byte[64 * 1024];
    private final byte[] digits = new byte[20];
    private int used;
    private long written;

    AsciiOutput(OutputStream out) {
        this.out = out;
    }

    static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    AsciiOutput write(byte[] text) throws IOException {
        if (text.length > buffer.length - used) {
            drain();
            if (text.length > buffer.length) {
                out.write(text);
                written += text.length;
                return this;
            }
        }
        System.arraycopy(text, 0, buffer, used, text.length);
        used += text.length;
        return this;
    }

    /** Text that is not in a hot loop (headers); must be ASCII. */
    AsciiOutput write(String ascii) throws IOException {
        return write(bytes(ascii));
    }

    AsciiOutput write(char c) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (byte) c;
        return this;
    }

    AsciiOutput write(long number) throws IOException {
        if (number < 0) {
            write('-');
            number = -number;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + number % 10);
            number /= 10;
        } while (number != 0);
        while (n > 0) {
            write((char) digits[--n]);
        }
        return this;
    }

    /**
     * A number rounded to {@code decimals} (0..6) places, half away from zero on the scaled value. With
     * {@code trimZeros} trailing zeros of the fraction are left out as Campbell loggers do ({@code 1.5}, {@code 7});
     * otherwise all places are written ({@code 1.500}).
     */
    AsciiOutput writeFixed(double value, int decimals, boolean trimZeros) throws IOException {
        long scale = POWERS_OF_TEN[decimals];
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            write('-');
            scaled = -scaled;
        }
        write(scaled / scale);
        long fraction = scaled % scale;
        int places = decimals;
        if (trimZeros) {
            while (places > 0 && fraction % 10 == 0) {
                fraction /= 10;
                places--;
            }
        }
        if (places > 0) {
            write('.');
            for (long divisor = POWERS_OF_TEN[places - 1]; divisor > 0; divisor /= 10) {
                write((char) ('0' + fraction / divisor % 10));
            }
        }
        return this;
    }

    /** Bytes passed to {@link #write} so far, whether or not already flushed. */
    long written() {
        return written + used;
    }

    void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        written += used;
        used = 0;
    }
}
