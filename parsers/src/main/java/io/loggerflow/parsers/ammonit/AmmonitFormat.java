package io.loggerflow.parsers.ammonit;

import io.loggerflow.parsers.FirstLinesReader;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;
import io.loggerflow.parsers.TextInput;
import io.loggerflow.parsers.generic.Options;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Ammonit Meteo-40 / Meteo-40 Plus / Meteo-42 statistics CSV: a data part (column header, then one row per
 * interval) followed by an information part in INI format. See package-info for the rules.
 */
public final class AmmonitFormat implements LoggerFormat {
    static final String NAME = "ammonit-csv";
    /** {@code C1 80m avg}, {@code A3 avg [hPa]}: an Ammonit input (type letters, number), words, a statistic. */
    static final Pattern STATISTIC_COLUMN = Pattern.compile(
            "(?i)(A|AC|C|D|P|R|R1C|S|M)\\d{1,2}(?: [^\\[\\]\t;]*?)? (avg|max|min|sd|stddev|count|gust|sum)"
                    + "(?: ?\\[[^\\]]*\\])?");

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Line 1 is the data part's column header: a timestamp column ({@code Timestamp}, {@code Date/time}) and at
     * least two columns named like Ammonit statistics, separated by TAB or ';'.
     */
    @Override
    public boolean detect(byte[] head) {
        String line = TextInput.headLine(head);
        String[] cells = line.split(line.indexOf('\t') >= 0 ? "\t" : ";", -1);
        if (cells.length < 3 || !AmmonitReader.isTimestampName(cells[0])) {
            return false;
        }
        int statistics = 0;
        for (int i = 1; i < cells.length; i++) {
            if (STATISTIC_COLUMN.matcher(cells[i].trim()).matches()) {
                statistics++;
            }
        }
        return statistics >= 2;
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        Options options = new Options(NAME, settings);
        Charset charset = options.charset(AmmonitReader.OPTION_ENCODING, StandardCharsets.UTF_8);
        AmmonitInfo info = AmmonitInfo.read(source, charset);
        return RowReaders.open(source, in -> new AmmonitReader(
                new FirstLinesReader(TextInput.lenientReader(in, charset), info.dataLines()), info, charset,
                source.name(), options));
    }
}
