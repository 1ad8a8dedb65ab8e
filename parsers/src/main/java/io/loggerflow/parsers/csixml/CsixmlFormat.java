package io.loggerflow.parsers.csixml;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;
import io.loggerflow.parsers.TextInput;

import java.io.IOException;

/** Campbell Scientific CSIXML, LoggerNet's XML table format; see {@code package-info.java}. */
public final class CsixmlFormat implements LoggerFormat {

    @Override
    public String name() {
        return "csixml";
    }

    /** The root element {@code <csixml} comes first, after an optional BOM and XML declaration. */
    @Override
    public boolean detect(byte[] head) {
        String text = TextInput.headText(head).stripLeading();
        if (text.startsWith("<?xml")) {
            int end = text.indexOf("?>");
            if (end < 0) {
                return false;
            }
            text = text.substring(end + 2).stripLeading();
        }
        return text.startsWith("<csixml") && text.length() > 7
                && (Character.isWhitespace(text.charAt(7)) || text.charAt(7) == '>');
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        return RowReaders.open(source, in -> new CsixmlReader(in, source, settings));
    }
}
