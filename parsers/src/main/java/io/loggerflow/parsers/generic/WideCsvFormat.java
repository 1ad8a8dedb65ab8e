package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A wide delimited-text file (one timestamp plus one column per channel) described entirely by options;
 * never auto-detected. See the package documentation for the option keys.
 */
public final class WideCsvFormat implements LoggerFormat {
    public static final String NAME = "generic-wide";

    @Override
    public String name() {
        return NAME;
    }

    /** Always false: this format is only used when configuration names it. */
    @Override
    public boolean detect(byte[] head) {
        return false;
    }

    /** Generic: it describes any wide CSV, and detection never picks it anyway. */
    @Override
    public DetectionRank detectionRank() {
        return DetectionRank.GENERIC;
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        Options options = new Options(NAME, settings);
        Charset charset = options.charset("encoding", StandardCharsets.UTF_8);
        return RowReaders.open(source, in ->
                new WideCsvReader(new LineSource(Encodings.reader(in, charset), source.name(), charset), options));
    }
}
