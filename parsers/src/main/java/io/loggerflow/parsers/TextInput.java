package io.loggerflow.parsers;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Opens logger text files: strict UTF-8 (invalid bytes are an input error, not silent garbage), BOM removed. */
public final class TextInput {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextInput() {
    }

    /** True when the bytes start with a UTF-8 byte-order mark. */
    public static boolean hasBom(byte[] head) {
        return head.length >= 3 && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1] && head[2] == UTF8_BOM[2];
    }

    /** The head with any BOM removed, decoded leniently: for format detection only. */
    public static String headText(byte[] head) {
        int from = hasBom(head) ? 3 : 0;
        return new String(head, from, head.length - from, StandardCharsets.ISO_8859_1);
    }

    /** A reader over the stream with a leading BOM skipped and strict UTF-8 decoding. */
    public static Reader utf8Reader(InputStream in) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in, 64 * 1024);
        buffered.mark(3);
        byte[] first = buffered.readNBytes(3);
        if (!hasBom(first)) {
            buffered.reset();
        }
        return new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
