package io.loggerflow.parsers.toaci1;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;
import io.loggerflow.parsers.TextInput;

import java.io.IOException;

/** Campbell Scientific TOACI1, LoggerNet's older ASCII table; see {@code package-info.java}. */
public final class Toaci1Format implements LoggerFormat {

    @Override
    public String name() {
        return "toaci1";
    }

    @Override
    public boolean detect(byte[] head) {
        String line = TextInput.headLine(head);
        return line.startsWith("\"TOACI1\",") || line.startsWith("TOACI1,");
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        return RowReaders.open(source, in -> new Toaci1Reader(TextInput.utf8Reader(in), source, settings));
    }
}
