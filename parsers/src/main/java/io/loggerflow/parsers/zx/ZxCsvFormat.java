package io.loggerflow.parsers.zx;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;
import io.loggerflow.parsers.TextInput;

import java.io.IOException;
import java.nio.charset.Charset;

/**
 * ZX Lidars (ZephIR 300 / ZX300) CSV: line 1 is a list of {@code Key: value} items starting with
 * {@code CSV Converter:}, line 2 the column names ending with a checksum field, then one row per interval.
 */
public final class ZxCsvFormat implements LoggerFormat {

    @Override
    public String name() {
        return "zx-csv";
    }

    @Override
    public boolean detect(byte[] head) {
        return TextInput.headText(head).startsWith(ZxCsvReader.FIRST_ITEM);
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        Charset charset = ZxText.charset(TextInput.head(source, 3), settings);
        return RowReaders.open(source, in ->
                new ZxCsvReader(TextInput.lenientReader(in, charset), charset, source.name(), settings));
    }
}
