package io.loggerflow.parsers.triton;

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
import java.util.Locale;

/**
 * Vaisala / Second Wind Triton sodar CSV export: title lines naming the Triton, a column header, a units row,
 * then one row per interval with one column per quantity and height. See package-info for the rules.
 */
public final class TritonFormat implements LoggerFormat {
    static final String NAME = "triton-csv";

    @Override
    public String name() {
        return NAME;
    }

    /** Line 1 names the instrument: it contains the word {@code Triton} (any case). */
    @Override
    public boolean detect(byte[] head) {
        return TextInput.headLine(head).toLowerCase(Locale.ROOT).matches(".*(?<![a-z])triton(?![a-z]).*");
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        Options options = new Options(NAME, settings);
        Charset fallback = TextInput.hasBom(TextInput.head(source, 3)) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        Charset charset = options.charset(TritonReader.OPTION_ENCODING, fallback);
        return RowReaders.open(source, in ->
                new TritonReader(TextInput.lenientReader(in, charset), charset, source.name(), options));
    }
}
