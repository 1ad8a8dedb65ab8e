package io.loggerflow.parsers.sniffed;

import io.loggerflow.parsers.FormatRegistry;
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
import java.util.List;

/**
 * A wide CSV of unknown origin whose layout the file itself establishes (see the package documentation).
 * Asked after every other format ({@link DetectionRank#SNIFFED}); it claims a head that holds a table of names
 * and data rows with a timestamp column, and refuses at {@link #open} what the file leaves open.
 */
public final class SniffedFormat implements LoggerFormat {
    public static final String NAME = "generic-sniffed";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DetectionRank detectionRank() {
        return DetectionRank.SNIFFED;
    }

    @Override
    public boolean detect(byte[] head) {
        HeadText text = HeadText.of(head, head.length < FormatRegistry.HEAD_BYTES, null);
        for (TableShape shape : TableShape.find(text.lines(), null)) {
            List<String[]> data = shape.dataRows();
            for (int[] stamp : StampColumns.candidates(shape)) {
                if (!StampColumns.repeats(data, stamp)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        Options options = new Options(NAME, settings);
        byte[] head = TextInput.head(source, HeadText.OPEN_BYTES);
        Charset forced = options.get("encoding").isPresent() ? options.charset("encoding", null) : null;
        SniffedLayout layout = new Sniffer(source.name(), options, settings.timeZone())
                .sniff(HeadText.of(head, head.length < HeadText.OPEN_BYTES, forced));
        return RowReaders.open(source, in -> new SniffedReader(
                new LineSource(Encodings.reader(in, layout.charset()), source.name(), layout.charset()), layout, options));
    }
}
