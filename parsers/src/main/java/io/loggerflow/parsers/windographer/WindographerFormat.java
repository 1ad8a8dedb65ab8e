package io.loggerflow.parsers.windographer;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;
import io.loggerflow.parsers.TextInput;
import io.loggerflow.parsers.generic.Encodings;
import io.loggerflow.parsers.generic.LineSource;
import io.loggerflow.parsers.generic.Options;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.regex.Pattern;

/**
 * Windographer text export: a free-form preamble starting {@code Created <date> by Windographer <version>},
 * then a {@code Date/Time} column header line (TAB separated by default) and one row per time step.
 */
public final class WindographerFormat implements LoggerFormat {
    public static final String NAME = "windographer";
    static final Pattern FIRST_LINE = Pattern.compile("^Created .*\\bby Windographer\\b.*");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean detect(byte[] head) {
        return FIRST_LINE.matcher(TextInput.headLine(head).strip()).matches();
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        Options options = new Options(NAME, settings);
        Charset charset = options.charsetOrSniff("encoding", source);
        return RowReaders.open(source, in ->
                new WindographerReader(new LineSource(Encodings.reader(in, charset), source.name(), charset), options));
    }
}
