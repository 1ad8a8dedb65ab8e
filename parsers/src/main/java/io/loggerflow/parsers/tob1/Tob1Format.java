package io.loggerflow.parsers.tob1;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;
import io.loggerflow.parsers.TextInput;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * Campbell Scientific TOB1: five CSV header lines (environment, field names, units, processing, data types),
 * then fixed-length binary records, usually starting with SECONDS, NANOSECONDS and RECORD.
 */
public final class Tob1Format implements LoggerFormat {

    @Override
    public String name() {
        return "tob1";
    }

    @Override
    public boolean detect(byte[] head) {
        return TextInput.headText(head).startsWith("\"TOB1\",");
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        return RowReaders.open(source, raw -> new Tob1Reader(
                raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw, 64 * 1024), source.name(), settings));
    }
}
