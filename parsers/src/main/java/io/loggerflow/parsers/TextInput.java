package io.loggerflow.parsers;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Opens logger text files: strict UTF-8 (invalid bytes are an input error, not silent garbage), BOM removed. */
public final class TextInput {
    /** What {@link #replacingReader} puts in place of bytes that are not valid in the charset. */
    public static final char REPLACEMENT = '\uFFFD';
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int BUFFER = 64 * 1024;

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

    /** The first line of {@link #headText} (up to the first '\n', one trailing '\r' removed): for detection only. */
    public static String headLine(byte[] head) {
        String text = headText(head);
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.endsWith("\r") ? first.substring(0, first.length() - 1) : first;
    }

    /** The first {@code max} bytes of the file (fewer when it is shorter); the stream is closed. */
    public static byte[] head(InputSource source, int max) throws IOException {
        try (InputStream in = source.open()) {
            return in.readNBytes(max);
        }
    }

    /** A reader over the stream with a leading BOM skipped, strict UTF-8 decoding and control characters shown. */
    public static Reader utf8Reader(InputStream in) throws IOException {
        InputStream buffered = markable(in);
        skipBom(buffered);
        return new ControlCharacters(new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /**
     * A buffered reader that turns undecodable bytes into {@link #REPLACEMENT} (the caller refuses text containing
     * it where it meets it, so the error names the right line); a leading UTF-8 BOM is skipped when the charset is
     * UTF-8.
     */
    public static BufferedReader lenientReader(InputStream in, Charset charset) throws IOException {
        InputStream buffered = markable(in);
        if (charset.equals(StandardCharsets.UTF_8)) {
            skipBom(buffered);
        }
        return replacingReader(buffered, charset);
    }

    /** A buffered reader that turns undecodable bytes into {@link #REPLACEMENT}; no BOM handling. */
    public static BufferedReader replacingReader(InputStream in, Charset charset) {
        return new BufferedReader(new ControlCharacters(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(REPLACEMENT)))), BUFFER);
    }

    /** The stream itself when it supports mark/reset, else a buffered one over it. */
    public static InputStream markable(InputStream in) {
        return in.markSupported() ? in : new BufferedInputStream(in, BUFFER);
    }

    /** Consumes a leading UTF-8 BOM of a {@link #markable} stream; true when there was one. */
    public static boolean skipBom(InputStream markable) throws IOException {
        markable.mark(3);
        if (hasBom(markable.readNBytes(3))) {
            return true;
        }
        markable.reset();
        return false;
    }
}
