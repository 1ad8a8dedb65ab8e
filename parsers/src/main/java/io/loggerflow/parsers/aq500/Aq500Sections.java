package io.loggerflow.parsers.aq500;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.TextInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;

/** The section markers of an AQ500 result file, and where its data section ends. */
final class Aq500Sections {
    static final String BOF = "[BOF]";
    static final String BOH = "[BOH]";
    static final String EOH = "[EOH]";
    static final String BOD = "[BOD]";
    static final String EOD = "[EOD]";
    static final String EOF = "[EOF]";

    private Aq500Sections() {
    }

    /** How many lines precede the first {@code [EOD]} or {@code [EOF]} line; all lines when there is none. */
    static long dataEnd(InputSource source, Charset charset) throws IOException {
        long line = 0;
        try (BufferedReader lines = TextInput.lenientReader(source.open(), charset)) {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                String marker = text.trim();
                if (marker.equalsIgnoreCase(EOD) || marker.equalsIgnoreCase(EOF)) {
                    return line;
                }
                line++;
            }
        }
        return Long.MAX_VALUE;
    }
}
