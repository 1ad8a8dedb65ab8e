package io.loggerflow.worker.testing;

import io.loggerflow.parsers.SampleData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The Campbell sample files and facts computed from their text, independently of the parser. */
public final class Samples {
    public static final Path DAY1 = SampleData.file("campbell/MAST01_Ten_Min_2024_03_01.dat");
    public static final Path DAY2 = SampleData.file("campbell/MAST01_Ten_Min_2024_03_02.dat");

    private Samples() {
    }

    /** Non-missing measurement cells: every data line's fields after TIMESTAMP and RECORD that are not NAN. */
    public static long countValues(Path toa5) {
        try {
            List<String> lines = Files.readAllLines(toa5);
            return lines.stream().skip(4)
                    .flatMap(line -> List.of(line.split(",")).subList(2, line.split(",").length).stream())
                    .filter(cell -> !cell.equals("NAN"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
