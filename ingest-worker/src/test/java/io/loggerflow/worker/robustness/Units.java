package io.loggerflow.worker.robustness;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A file cut into its units: header lines, then data units (text lines with their line break, or TOB1's
 * fixed-length binary records). Mutations that move, repeat or insert whole rows work on these.
 */
final class Units {
    final List<byte[]> header;
    final List<byte[]> data;

    Units(List<byte[]> header, List<byte[]> data) {
        this.header = new ArrayList<>(header);
        this.data = new ArrayList<>(data);
    }

    Units copy() {
        return new Units(header, data);
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        header.forEach(out::writeBytes);
        data.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** The lines of {@code bytes}, each with its line break (the last one possibly without). */
    static List<byte[]> lines(byte[] bytes, int from) {
        List<byte[]> lines = new ArrayList<>();
        int start = from;
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    /** The offset just after the {@code n}-th line break, or the length when there are fewer. */
    static int afterLines(byte[] bytes, int n) {
        int seen = 0;
        for (int i = 0; i < bytes.length && seen < n; i++) {
            if (bytes[i] == '\n' && ++seen == n) {
                return i + 1;
            }
        }
        return n == 0 ? 0 : bytes.length;
    }
}
