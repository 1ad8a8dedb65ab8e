package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.ControlCharacters;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.TextInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Character decoding for logger text: strict (bad bytes are input errors), with UTF-8 sniffing. */
public final class Encodings {
    /** Bytes looked at by {@link #sniff}. */
    static final int SNIFF_BYTES = 64 * 1024;
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Encodings() {
    }

    /**
     * UTF-8 when the file's first {@value #SNIFF_BYTES} bytes are valid UTF-8 (or carry a UTF-8 BOM),
     * else windows-1252 (a superset of ISO-8859-1 for printable text).
     */
    public static Charset sniff(InputSource source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (TextInput.hasBom(head)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        // endOfInput=false: a sequence cut by the sniff limit is not an error
        CoderResult result = decoder.decode(ByteBuffer.wrap(head), out, head.length < SNIFF_BYTES);
        return result.isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    /**
     * A strict reader (a leading UTF-8 BOM skipped). ASCII-compatible charsets are decoded line by line so
     * that an invalid byte is reported on its own line.
     */
    public static Reader reader(InputStream in, Charset charset) throws IOException {
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            return new ControlCharacters(new InputStreamReader(in, strict(charset)));
        }
        return new ControlCharacters(new LineDecodingReader(in, charset));
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The line a decoding error is on, -1 when unknown, or null when the error is not about decoding. */
    static Long codingErrorLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LineDecodingReader.BadTextException bad) {
                return bad.line;
            }
            if (t instanceof CharacterCodingException) {
                return -1L;
            }
        }
        return null;
    }
}
