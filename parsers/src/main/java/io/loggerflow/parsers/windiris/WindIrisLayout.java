package io.loggerflow.parsers.windiris;

import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.TextInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a first pass over an {@code average_data} file tells before its rows are read: the column names and
 * every range distance its lines name, so that each (quantity, distance) sensor is known up front.
 *
 * @param names     the column header's cells
 * @param distances the distinct distances, ascending, as written without trailing zeros ({@code 50}, {@code 62.5})
 */
record WindIrisLayout(String[] names, List<String> distances) {
    /** More distinct distances than any lidar measures means the column is not a distance: refuse early. */
    static final int MAX_DISTANCES = 200;

    static WindIrisLayout read(InputSource source, Charset charset) throws IOException {
        try (BufferedReader lines = TextInput.lenientReader(source.open(), charset)) {
            String header = lines.readLine();
            if (header == null || !header.startsWith(WindIrisFormat.FIRST_COLUMNS)) {
                throw new InputFormatException(source.name(), 1, null, "not a Wind Iris average_data file: line 1 "
                        + "must start with '" + WindIrisFormat.FIRST_COLUMNS + "'");
            }
            TreeSet<BigDecimal> found = new TreeSet<>();
            long line = 1;
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                line++;
                BigDecimal distance = distance(text);
                if (distance != null && found.add(distance) && found.size() > MAX_DISTANCES) {
                    throw new InputFormatException(source.name(), line, "Distance", "more than " + MAX_DISTANCES
                            + " different distances: the second column does not hold range distances");
                }
            }
            List<String> distances = new ArrayList<>();
            found.forEach(d -> distances.add(d.stripTrailingZeros().toPlainString()));
            return new WindIrisLayout(header.split(";", -1), List.copyOf(distances));
        }
    }

    /** The line's distance cell as a number, or null when it has none (a bad row, reported by the reader). */
    static BigDecimal distance(String line) {
        int first = line.indexOf(';');
        if (first < 0) {
            return null;
        }
        int second = line.indexOf(';', first + 1);
        String cell = (second < 0 ? line.substring(first + 1) : line.substring(first + 1, second)).trim();
        try {
            BigDecimal value = new BigDecimal(cell);
            return value.signum() >= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
