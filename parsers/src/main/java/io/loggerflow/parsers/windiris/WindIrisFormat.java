package io.loggerflow.parsers.windiris;

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
 * Leosphere / Vaisala Wind Iris nacelle lidar {@code average_data} files: one line per timestamp and range
 * distance, read as one sensor per quantity and distance. See package-info for the rules.
 */
public final class WindIrisFormat implements LoggerFormat {
    static final String NAME = "windiris-average";
    static final String FIRST_COLUMNS = "Date and Time;Distance;";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean detect(byte[] head) {
        return TextInput.headLine(head).startsWith(FIRST_COLUMNS);
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        Options options = new Options(NAME, settings);
        Charset charset = options.charset(WindIrisReader.OPTION_ENCODING, StandardCharsets.UTF_8);
        WindIrisLayout layout = WindIrisLayout.read(source, charset);
        return RowReaders.open(source, in ->
                new WindIrisReader(TextInput.lenientReader(in, charset), layout, source.name(), options));
    }
}
