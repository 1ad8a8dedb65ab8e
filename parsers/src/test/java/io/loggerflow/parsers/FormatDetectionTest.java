package io.loggerflow.parsers;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Auto-detection over every sample in sample-data/: each is recognised as its own format, and only that. */
class FormatDetectionTest {
    private static final Map<String, String> FORMAT_BY_FOLDER = Map.of(
            "campbell", "toa5",
            "campbell-tob1", "tob1",
            "windographer", "windographer",
            "windcube", "windcube-sta",
            "zx", "zx-csv");
    private final FormatRegistry registry = FormatRegistry.standard();

    @Test
    void everySampleFileIsDetectedAsItsOwnFormat() throws Exception {
        Path root = SampleData.file("campbell").getParent();
        int checked = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String expected = expectedFormat(root.relativize(file));
                if (expected == null) {
                    continue; // not a logger file: a mapping or a README
                }
                assertThat(registry.detect(InputSource.of(file)).name()).as(file.toString()).isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(11); // every logger sample but the generic wide CSV
    }

    private static String expectedFormat(Path relative) {
        String folder = relative.getName(0).toString();
        String name = relative.getFileName().toString();
        if (name.endsWith(".properties") || name.endsWith(".md") || name.startsWith(".")) {
            return null;
        }
        return switch (folder) {
            case "nrg" -> name.endsWith("_meas.txt") ? "nrg-symphoniepro" : "nrg-logr";
            // the generic wide CSV is never detected: it is selected in configuration
            case "generic" -> name.startsWith("tidy") ? "generic-tidy" : null;
            default -> FORMAT_BY_FOLDER.get(folder);
        };
    }

    @Test
    void theGenericWideSampleIsNotMistakenForAnyFormat() {
        Path wide = SampleData.file("generic/ammonit-like_D150123_2024-03-01.csv");
        assertThatThrownBy(() -> registry.detect(InputSource.of(wide))).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("unknown format");
    }

    @Test
    void aRandomCsvAndABinaryBlobAreRefusedWithAClearMessage() {
        byte[] csv = "date;speed;dir\n2024-03-01 00:00;7,5;210\n2024-03-01 00:10;7,9;212\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> registry.detect(InputSource.of("export.csv", csv)))
                .isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("export.csv, line 1: unknown format: the first line matches none of toa5, tob1");
        byte[] blob = new byte[2048];
        new Random(43).nextBytes(blob);
        assertThatThrownBy(() -> registry.detect(InputSource.of("blob.bin", blob)))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("blob.bin").hasMessageContaining("unknown format");
    }
}
