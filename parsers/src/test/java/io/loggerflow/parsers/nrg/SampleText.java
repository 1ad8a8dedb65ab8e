package io.loggerflow.parsers.nrg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** An independent, naive reading of a sample file's text, to compute test expectations without the parser. */
record SampleText(List<String> lines, int dataIndex) {

    static SampleText of(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        return new SampleText(lines, lines.indexOf("Data"));
    }

    /** 1-based line number of the column header. */
    long headerLine() {
        return dataIndex + 2;
    }

    String[] columns() {
        return lines.get(dataIndex + 1).split("\t", -1);
    }

    List<String> rows() {
        return lines.subList(dataIndex + 2, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    }

    String[] row(int index) {
        return rows().get(index).split("\t", -1);
    }

    /** The value of the first header line {@code key:<TAB>value} at or after the line starting a section. */
    String header(String section, String key) {
        int from = section.isEmpty() ? 0 : lines.indexOf(section);
        for (int i = from; i < dataIndex; i++) {
            if (lines.get(i).startsWith(key + ":\t")) {
                return lines.get(i).substring(key.length() + 2);
            }
        }
        throw new IllegalArgumentException(key + " not in section " + section);
    }

    static double cell(String text) {
        return text.isEmpty() || text.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(text);
    }
}
