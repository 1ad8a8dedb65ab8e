package io.loggerflow.parsers.tob3;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.TextInput;

import java.io.IOException;

/**
 * Campbell Scientific TOB3, the binary card-storage format: six ASCII header lines, then fixed-size frames of
 * binary records; see {@code package-info.java}.
 */
public final class Tob3Format implements LoggerFormat {

    @Override
    public String name() {
        return "tob3";
    }

    @Override
    public boolean detect(byte[] head) {
        return TextInput.headText(head).startsWith("\"TOB3\",");
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        return new Tob3Reader(source, settings);
    }
}
