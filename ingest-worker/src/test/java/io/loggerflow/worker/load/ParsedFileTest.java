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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
    void repeatedOrBackwardStampsAreLoadedThroughTheDedupingPathAndEmptyFilesAreRefused() throws Exception {
        List<String> lines = Files.readAllLines(Samples.DAY1);
        String repeated = String.join("\n", lines.subList(0, 7)) + "\n" + lines.get(5) + "\n";
        ParsedFile parsed = scan(InputSource.of("rep.dat", repeated.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.needsDedupe()).isTrue();
        assertThat(parsed.rows()).isEqualTo(4);
        assertThat(parsed.account().notes()).containsExactly("clock stepped back 10 min at line 8");
        assertThat(parsed.last()).isEqualTo(Instant.parse("2024-03-01T00:20:00Z"));
        assertThat(scan(InputSource.of(Samples.DAY1)).needsDedupe()).isFalse();
        String unreadable = String.join("\n", lines.subList(0, 4)) + "\n\"2024-03-01 00:10:00\",1\n";
        assertThatThrownBy(() -> ParsedFile.scan(InputSource.of("cut.dat", unreadable.getBytes(StandardCharsets.UTF_8)),
                formats.require("toa5"), ParseSettings.UTC, new io.loggerflow.worker.config.BadRows(true, 1.0)))
                .hasMessageStartingWith("cut.dat: none of its 1 rows could be read; first: line 5: expected");
        String headerOnly = String.join("\n", lines.subList(0, 4)) + "\n";
        assertThatThrownBy(() -> scan(InputSource.of("h.dat", headerOnly.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("h.dat: no data rows after the header");
    }

    @Test
    void theIntervalIsTheShortestStepSeenTwiceNeverAGuessFromAFewDistantRows() throws Exception {
        List<String> lines = Files.readAllLines(Samples.DAY1);
        String header = String.join("\n", lines.subList(0, 4)) + "\n";
        // rows 1, 2, 3 then a 5-hour gap then rows 34, 35: the interval is 10 minutes, not the gap
        String gappy = header + String.join("\n", lines.get(4), lines.get(5), lines.get(6), lines.get(37), lines.get(38)) + "\n";
        assertThat(scan(InputSource.of("gappy.dat", gappy.getBytes(StandardCharsets.UTF_8))).shiftMillis()).isEqualTo(600_000);
        // two distant re-sent records say nothing about the interval: refused, unless it is configured (or the
        // source's stored readings or the table's name tell it)
        byte[] pair = (header.replace("\"Ten_Min\"", "\"Stats\"") + lines.get(4) + "\n" + lines.get(9) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        ParsedFile unknown = scan(InputSource.of("pair.dat", pair));
        assertThat(unknown.intervalUnknown()).isTrue();
        assertThatThrownBy(() -> unknown.withStoredStep(Optional.empty())).hasMessageContaining("set option interval");
        assertThat(unknown.withStoredStep(Optional.of(Duration.ofMinutes(10))).first())
                .isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        ParsedFile configured = ParsedFile.scan(InputSource.of("pair.dat", pair), formats.require("toa5"),
                new ParseSettings(java.time.ZoneOffset.UTC, java.util.Map.of("interval", "10")));
        assertThat(configured.first()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    }
}
