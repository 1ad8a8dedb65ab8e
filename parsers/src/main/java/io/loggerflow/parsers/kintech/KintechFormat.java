package io.loggerflow.parsers.kintech;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;
import io.loggerflow.parsers.TextInput;
import io.loggerflow.parsers.generic.Options;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Kintech Engineering Atlas output data file ({@code .wnd}), as Kintech's Atlas software writes the data of an
 * Orbit 360 logger. See package-info for the rules and what public files confirm.
 */
public final class KintechFormat implements LoggerFormat {
    static final String NAME = "kintech-wnd";
    /** The first field of the header's metadata line, a text no other logger writes. */
    static final String SIGNATURE = "Kintech Engineering Atlas Output Data File#";

    @Override
    public String name() {
        return NAME;
    }

    /** Line 1, or line 2 after the file's signature line, begins with {@link #SIGNATURE}. */
    @Override
    public boolean detect(byte[] head) {
        String text = TextInput.headText(head);
        if (text.startsWith(SIGNATURE)) {
            return true;
        }
        int end = text.indexOf('\n');
        return end > 0 && text.startsWith(SIGNATURE, end + 1);
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        Options options = new Options(NAME, settings);
        Charset charset = options.charset(KintechReader.OPTION_ENCODING, StandardCharsets.UTF_8);
        return RowReaders.open(source, in -> new KintechReader(TextInput.lenientReader(in, charset), charset,
                source.name(), options));
    }
}
