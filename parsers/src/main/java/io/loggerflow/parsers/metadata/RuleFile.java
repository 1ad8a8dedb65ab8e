package io.loggerflow.parsers.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A TAB-separated rule resource: UTF-8, one row per line, blank lines and lines starting with {@code #} skipped.
 * A malformed row is a bug in the resource and fails loading with its name and line.
 */
final class RuleFile {
    /** A row with its fields and 1-based line number. */
    record Row(String file, int line, String[] fields) {
        String field(int i) {
            return fields[i];
        }

        Pattern pattern(int i, boolean caseInsensitive) {
            try {
                return Pattern.compile(fields[i], caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            } catch (PatternSyntaxException e) {
                throw error("bad regex: " + e.getDescription());
            }
        }

        IllegalStateException error(String reason) {
            return new IllegalStateException(file + " line " + line + ": " + reason);
        }
    }

    private RuleFile() {
    }

    /** The rows of a resource next to this class. */
    static List<Row> resource(String name, int fields) {
        InputStream in = RuleFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("rule resource " + name + " not found");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(name, reader, fields);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule resource " + name, e);
        }
    }

    static List<Row> read(String name, Reader reader, int fields) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            Row row = new Row(name, number, parts);
            if (parts.length != fields) {
                throw row.error("expected " + fields + " TAB-separated fields, found " + parts.length);
            }
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].strip();
                if (parts[i].isEmpty()) {
                    throw row.error("field " + (i + 1) + " is empty");
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
