package io.loggerflow.parsers.tob3;

import java.io.IOException;
import java.io.InputStream;

/** Skipping in a stream without {@link InputStream#skipNBytes}'s exception at the end of the file. */
final class Streams {
    private Streams() {
    }

    /** Skips up to {@code n} bytes; returns how many were skipped (fewer only at the end of the stream). */
    static long skip(InputStream in, long n) throws IOException {
        long done = 0;
        while (done < n) {
            long step = in.skip(n - done);
            if (step <= 0) {
                if (in.read() == -1) {
                    break;
                }
                step = 1;
            }
            done += step;
        }
        return done;
    }
}
