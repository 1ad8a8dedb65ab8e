package io.loggerflow.worker.load;

import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.worker.testing.Samples;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first pass: time range, order checks, and normalisation of stamps to the interval start. */
class ParsedFileTest {
    private final FormatRegistry formats = FormatRegistry.standard();

    private ParsedFile scan(InputSource source) throws Exception {
        return ParsedFile.scan(source, formats.detect(source), ParseSettings.UTC);
    }

    @Test
    void endOfIntervalStampsAreShiftedBackByTheFilesUsualStep() throws Exception {
        ParsedFile day1 = scan(InputSource.of(Samples.DAY1));
        assertThat(day1.stampPosition()).isEqualTo(StampPosition.END);
        assertThat(day1.shiftMillis()).isEqualTo(600_000);
        assertThat(day1.rows()).isEqualTo(144);
        assertThat(day1.first()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z")); // stamped 00:10
        assertThat(day1.last()).isEqualTo(Instant.parse("2024-03-01T23:50:00Z"));  // stamped 24:00
    }

    @Test
    void startOfIntervalStampsAreKept() throws Exception {
        Path nrg = SampleData.file("nrg/20240301_0000_945800742_000318_statistical.dat");
        ParsedFile parsed = scan(InputSource.of(nrg));
        assertThat(parsed.stampPosition()).isEqualTo(StampPosition.START);
        assertThat(parsed.shiftMillis()).isZero();
        assertThat(parsed.first()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    }

    @Test
    void repeatedOrBackwardStampsAndEmptyFilesAreRefusedWithTheLine() throws Exception {
        List<String> lines = Files.readAllLines(Samples.DAY1);
        String repeated = String.join("\n", lines.subList(0, 6)) + "\n" + lines.get(5) + "\n";
        assertThatThrownBy(() -> scan(InputSource.of("rep.dat", repeated.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("rep.dat, line 7, column TIMESTAMP").hasMessageContaining("line 6");
        String headerOnly = String.join("\n", lines.subList(0, 4)) + "\n";
        assertThatThrownBy(() -> scan(InputSource.of("h.dat", headerOnly.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("h.dat: no data rows after the header");
        String single = String.join("\n", lines.subList(0, 5)) + "\n";
        assertThatThrownBy(() -> scan(InputSource.of("one.dat", single.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("neither the file nor the configuration states the interval");
    }

    @Test
    void theIntervalIsTheShortestStepSeenTwiceNeverAGuessFromAFewDistantRows() throws Exception {
        List<String> lines = Files.readAllLines(Samples.DAY1);
        String header = String.join("\n", lines.subList(0, 4)) + "\n";
        // rows 1, 2, 3 then a 5-hour gap then rows 34, 35: the interval is 10 minutes, not the gap
        String gappy = header + String.join("\n", lines.get(4), lines.get(5), lines.get(6), lines.get(37), lines.get(38)) + "\n";
        assertThat(scan(InputSource.of("gappy.dat", gappy.getBytes(StandardCharsets.UTF_8))).shiftMillis()).isEqualTo(600_000);
        // two distant re-sent records say nothing about the interval: refused, unless it is configured
        byte[] pair = (header + lines.get(4) + "\n" + lines.get(9) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> scan(InputSource.of("pair.dat", pair))).hasMessageContaining("set option interval");
        ParsedFile configured = ParsedFile.scan(InputSource.of("pair.dat", pair), formats.require("toa5"),
                new ParseSettings(java.time.ZoneOffset.UTC, java.util.Map.of("interval", "10")));
        assertThat(configured.first()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    }
}
