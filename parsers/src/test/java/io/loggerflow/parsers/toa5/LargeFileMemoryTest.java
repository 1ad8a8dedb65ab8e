package io.loggerflow.parsers.toa5;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Parsing streams: a 1 GiB TOA5 file parses completely in a JVM limited to a 32 MiB heap. */
class LargeFileMemoryTest {

    @Test
    void aOneGigabyteFileParsesInConstantMemory() throws Exception {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "-cp", System.getProperty("java.class.path"), GeneratedToa5.class.getName(), "1024"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        // ~370 bytes a row: about 2.9 million rows, every one parsed with all its values
        assertThat(output).containsPattern("rows=(\\d{7}) values=\\d+ generated=\\1");
        long rows = Long.parseLong(output.replaceAll("(?s).*rows=(\\d+).*", "$1"));
        assertThat(rows).isGreaterThan(2_000_000);
        assertThat(output).contains("values=" + rows * GeneratedToa5.CHANNELS);
    }
}
