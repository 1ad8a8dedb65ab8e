package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;
import io.loggerflow.parsers.TextInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Opening an NRG text file: decoding, header up to {@code Data}, then the table. */
final class NrgFiles {
    /** What the decoder puts in place of bytes that are not valid in the charset (U+FFFD). */
    static final char UNDECODABLE = TextInput.REPLACEMENT;
    static final String UNDECODABLE_REASON =
            "not valid text in the configured encoding (option " + NrgOptions.ENCODING + ")";

    /** Builds the reader of one format from the parsed header and the table's column header. */
    interface ReaderFactory {
        RowReader create(NrgHeader header, String[] columnHeader, NrgTable table, NrgOptions options);
    }

    private NrgFiles() {
    }

    /** True when the head's first line is {@code magic} (a UTF-8 BOM before and blanks after it are allowed). */
    static boolean firstLineIs(byte[] head, String magic) {
        String text = TextInput.headText(head);
        if (!text.startsWith(magic)) {
            return false;
        }
        int i = magic.length();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
    }

    static RowReader open(InputSource source, ParseSettings settings, String magic, ReaderFactory factory)
            throws IOException {
        NrgOptions options = NrgOptions.of(settings);
        return RowReaders.open(source, in -> {
            BufferedReader reader = decode(in, options.charset());
            NrgHeader header = NrgHeader.read(new HeaderLines(reader, source.name()), magic, source.name());
            NrgTable table = new NrgTable(reader, header.dataLine(), source.name());
            try {
                return factory.create(header, table.columnHeader(), table, options);
            } catch (RuntimeException e) {
                table.close();
                throw e;
            }
        });
    }

    /**
     * A UTF-8 byte-order mark selects UTF-8; otherwise the configured charset. Undecodable bytes become U+FFFD,
     * which the header reader and the row reader refuse where they meet it, so the error names the right line
     * (a decoder exception would surface at the start of its read-ahead buffer instead).
     */
    private static BufferedReader decode(InputStream in, Charset configured) throws IOException {
        InputStream buffered = TextInput.markable(in);
        Charset charset = TextInput.skipBom(buffered) ? StandardCharsets.UTF_8 : configured;
        return TextInput.replacingReader(buffered, charset);
    }
}
