package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.TextInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Decodes an ASCII-compatible charset one physical line at a time, strictly, so that a bad byte is
 * reported with the line it is on (a plain InputStreamReader decodes ahead in large chunks).
 * A leading UTF-8 BOM is skipped.
 */
final class LineDecodingReader extends Reader {
    static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

    /** A line that is not valid text in the charset. */
    static final class BadTextException extends IOException {
        final long line;

        BadTextException(long line, String message, Throwable cause) {
            super(message, cause);
            this.line = line;
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private final CharsetDecoder decoder;
    private final Charset charset;
    private byte[] bytes = new byte[8192];
    private CharBuffer pending = CharBuffer.allocate(0);
    private long line;
    private boolean started;
    private boolean eof;

    LineDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!pending.hasRemaining()) {
            if (eof || !decodeNextLine()) {
                return -1;
            }
        }
        int n = Math.min(len, pending.remaining());
        pending.get(cbuf, off, n);
        return n;
    }

    private boolean decodeNextLine() throws IOException {
        if (!started) {
            started = true;
            limit = in.readNBytes(buffer, 0, buffer.length); // whole first block, so a BOM is never split
            byte[] head = Arrays.copyOf(buffer, Math.min(3, limit));
            if (TextInput.hasBom(head) && charset.name().equals("UTF-8")) {
                position = 3;
            }
        }
        int length = 0;
        int b;
        while ((b = nextByte()) >= 0) {
            if (length == bytes.length) {
                if (length >= MAX_LINE_BYTES) {
                    throw new BadTextException(line + 1, "line " + (line + 1) + " is longer than "
                            + MAX_LINE_BYTES + " bytes", null);
                }
                bytes = Arrays.copyOf(bytes, length * 2);
            }
            bytes[length++] = (byte) b;
            if (b == '\n') {
                break;
            }
        }
        if (b < 0) {
            eof = true;
        }
        if (length == 0) {
            return false;
        }
        line++;
        try {
            pending = decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length));
        } catch (CharacterCodingException e) {
            throw new BadTextException(line, "line " + line + " is not valid " + charset.name(), e);
        }
        return true;
    }

    private int nextByte() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
