package io.loggerflow.parsers;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Auto-detection of files no format reads (the samples' detection is in {@link FormatContractTest}). */
class FormatDetectionTest {
    private final FormatRegistry registry = FormatRegistry.standard();

    @Test
    void aRandomCsvAndABinaryBlobAreRefusedWithAClearMessage() {
        // a CSV without a timestamp column: not even generic-sniffed can read it
        byte[] csv = "name;speed;dir\nA;7,5;210\nB;7,9;212\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> registry.detect(InputSource.of("export.csv", csv)))
                .isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("export.csv, line 1: unknown format: the first line matches none of toa5, tob1");
        byte[] blob = new byte[2048];
        new Random(43).nextBytes(blob);
        assertThatThrownBy(() -> registry.detect(InputSource.of("blob.bin", blob)))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("blob.bin").hasMessageContaining("unknown format");
    }
}
