package io.loggerflow.parsers.windcube;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;
import io.loggerflow.parsers.TextInput;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.regex.Pattern;

/**
 * Leosphere / Vaisala WindCube 10-minute statistics ({@code .sta}): line 1 {@code HeaderSize=<n>} or
 * {@code HeaderLength=<n>}, {@code key=value} header lines, a tab-separated column header, one row per interval.
 */
public final class WindCubeStaFormat implements LoggerFormat {
    private static final Pattern FIRST_LINE = Pattern.compile("(?:HeaderSize|HeaderLength)=[ \\t]*\\d{1,6}[ \\t]*(?:\r\n|\r|\n|$)");

    @Override
    public String name() {
        return "windcube-sta";
    }

    @Override
    public boolean detect(byte[] head) {
        return FIRST_LINE.matcher(TextInput.headText(head)).lookingAt();
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        Charset charset = StaText.charset(source, settings);
        return RowReaders.open(source, in ->
                new WindCubeStaReader(TextInput.lenientReader(in, charset), charset, source.name(), settings));
    }
}
