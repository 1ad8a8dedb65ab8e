package io.loggerflow.parsers.aq500;

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
 * AQSystem AQ500 sodar result files: {@code [BOF]}, a header section of keys ({@code [BOH]} .. {@code [EOH]}),
 * then the data section ({@code [BOD]}, a column header, one row per interval, {@code [EOD]}). See package-info.
 */
public final class Aq500Format implements LoggerFormat {
    static final String NAME = "aq500";

    @Override
    public String name() {
        return NAME;
    }

    /** Line 1 is {@code [BOF]} (blanks around it allowed). */
    @Override
    public boolean detect(byte[] head) {
        return TextInput.headLine(head).trim().equals(Aq500Sections.BOF);
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        Options options = new Options(NAME, settings);
        Charset charset = options.charset(Aq500Reader.OPTION_ENCODING, StandardCharsets.ISO_8859_1);
        long dataEnd = Aq500Sections.dataEnd(source, charset);
        return RowReaders.open(source, in ->
                new Aq500Reader(TextInput.lenientReader(in, charset), dataEnd, charset, source.name(), options));
    }
}
