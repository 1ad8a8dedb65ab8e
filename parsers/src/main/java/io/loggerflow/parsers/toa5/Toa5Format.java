package io.loggerflow.parsers.toa5;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;
import io.loggerflow.parsers.TextInput;

import java.io.IOException;

/**
 * Campbell Scientific TOA5: ASCII, comma separated, four header lines (environment, field names,
 * units, processing), then one row per record with TIMESTAMP and usually RECORD first.
 */
public final class Toa5Format implements LoggerFormat {

    @Override
    public String name() {
        return "toa5";
    }

    @Override
    public boolean detect(byte[] head) {
        String text = TextInput.headText(head);
        return text.startsWith("\"TOA5\",") || text.startsWith("TOA5,");
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        return RowReaders.open(source, in -> new Toa5Reader(TextInput.utf8Reader(in), source, settings));
    }
}
