package io.loggerflow.parsers.sniffed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of a file as text lines, decoded in the encoding the head shows: UTF-16 or UTF-8 when a byte-order
 * mark says so, UTF-8 when the bytes are valid UTF-8, else Latin-1 (ISO-8859-1, which decodes any byte). Only
 * complete lines are kept: a head cut in the middle of a line loses that line. Line {@code i} of the list is
 * file line {@code i + 1}, blank lines included, split as {@link BufferedReader} splits them (so that the numbers
 * are those the reader reports later).
 */
final class HeadText {
    /** How much of a file sniffing reads when a file is opened: enough rows to tell a day/month order. */
    static final int OPEN_BYTES = 2 * 1024 * 1024;

    private final Charset charset;
    private final String encoding;
    private final List<String> lines;

    private HeadText(Charset charset, String encoding, List<String> lines) {
        this.charset = charset;
        this.encoding = encoding;
        this.lines = lines;
    }

    /**
     * @param complete whether {@code head} is the whole file (else its last, possibly cut, line is dropped)
     * @param forced   a charset the configuration names, or null to sniff it
     */
    static HeadText of(byte[] head, boolean complete, Charset forced) {
        int skip = 0;
        Charset charset;
        String encoding;
        if (forced != null) {
            charset = forced;
            encoding = forced.name() + " (option encoding)";
            skip = forced.equals(StandardCharsets.UTF_8) && hasUtf8Bom(head) ? 3 : 0;
        } else if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            charset = StandardCharsets.UTF_16; // reads the byte-order mark and drops it
            encoding = "UTF-16 with BOM";
        } else if (hasUtf8Bom(head)) {
            charset = StandardCharsets.UTF_8;
            encoding = "UTF-8 with BOM";
            skip = 3;
        } else if (validUtf8(head, complete)) {
            charset = StandardCharsets.UTF_8;
            encoding = "UTF-8";
        } else {
            charset = StandardCharsets.ISO_8859_1;
            encoding = "ISO-8859-1 (not valid UTF-8)";
        }
        String text = new String(head, skip, head.length - skip, charset);
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        boolean endsWithBreak = text.endsWith("\n") || text.endsWith("\r");
        if (!complete && !endsWithBreak && !lines.isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return new HeadText(charset, encoding, List.copyOf(lines));
    }

    Charset charset() {
        return charset;
    }

    /** The encoding and how it was told, for the layout. */
    String encoding() {
        return encoding;
    }

    List<String> lines() {
        return lines;
    }

    private static boolean hasUtf8Bom(byte[] head) {
        return head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
    }

    private static boolean validUtf8(byte[] head, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // a sequence cut at the end of an incomplete head is not an error
        return !decoder.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length + 1), complete).isError();
    }
}
