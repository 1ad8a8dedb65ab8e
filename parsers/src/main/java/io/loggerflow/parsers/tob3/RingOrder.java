package io.loggerflow.parsers.tob3;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the oldest frame of a TOB3 ring sits, found by one pass over the frame footers only (frames are fixed
 * size, so the pass skips their bodies): the logger writes the frames of one pass through the ring with the
 * header's validation stamp and those of the next pass with its complement, so the first valid frame of the
 * file carries the current pass's stamp and the first later frame with the other stamp starts the older,
 * not yet overwritten part of the ring. Reading from there to the end, then from the first frame up to
 * there, yields the records in time order while holding one frame at a time.
 *
 * @param frames       complete frames in the file
 * @param oldest       0-based index of the oldest frame (0 when the ring has not wrapped)
 * @param trailingBytes bytes after the last complete frame (a truncated frame when not 0)
 * @param lastValid    0-based index of the last frame, in file order, that carries the header's stamp or its
 *                     complement (-1 when none does): frames after it are space the logger allocated on the card
 *                     and has not written yet, not records
 */
record RingOrder(long frames, long oldest, int trailingBytes, long lastValid) {

    static RingOrder scan(InputStream frames, Tob3Header header) throws IOException {
        byte[] footer = new byte[FrameFooter.SIZE];
        long count = 0;
        int current = -1;
        long oldest = -1;
        long lastValid = -1;
        while (true) {
            long skipped = Streams.skip(frames, header.frameSize - FrameFooter.SIZE);
            if (skipped < header.frameSize - FrameFooter.SIZE) {
                return new RingOrder(count, Math.max(oldest, 0), (int) skipped, lastValid);
            }
            int read = frames.readNBytes(footer, 0, FrameFooter.SIZE);
            if (read < FrameFooter.SIZE) {
                return new RingOrder(count, Math.max(oldest, 0), (int) skipped + read, lastValid);
            }
            int stamp = FrameFooter.at(footer, 0).stamp();
            if (stamp == header.stamp || stamp == header.complement()) {
                lastValid = count;
                if (current < 0) {
                    current = stamp;
                } else if (stamp != current && oldest < 0) {
                    oldest = count;
                }
            }
            count++;
        }
    }
}
