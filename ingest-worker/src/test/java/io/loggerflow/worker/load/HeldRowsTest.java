package io.loggerflow.worker.load;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.worker.testing.Samples;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan holds a small file's kept rows, and the load replays them: what the load reads from the replay
 * must be what it reads from the file parsed again, bad cells and bad rows included.
 */
class HeldRowsTest {
    private final FormatRegistry formats = FormatRegistry.standard();

    /** What the load pass reads: each kept row's stamp, line and values, and the rows it leaves out. */
    private record Read(List<String> rows, long valueRowsLeftOut, List<String> firstSkipped) {
    }

    private static Read read(RowReader reader, ParsedFile parsed) throws Exception {
        RowAccount account = parsed.account().copy();
        List<String> rows = new ArrayList<>();
        try (reader) {
            ReadingsCopy.read(reader, reader.channels().size(), parsed, account,
                    (stamp, line, values) -> rows.add(stamp + "@" + line + "=" + Arrays.toString(values)));
        }
        return new Read(rows, account.skippedByKind().getOrDefault(SkippedRow.Kind.VALUE, 0L),
                account.firstSkipped().stream().map(SkippedRow::toString).toList());
    }

    @Test
    void theReplayGivesTheLoadExactlyWhatASecondParseGives() throws Exception {
        List<String> lines = Files.readAllLines(Samples.DAY1);
        List<String> damaged = new ArrayList<>(lines.subList(0, 20));
        String[] cells = damaged.get(6).split(",", -1);
        cells[3] = "0.8x63"; // a bad cell, in line 7: the row is left out at load
        damaged.set(6, String.join(",", cells));
        damaged.set(9, "\"2024-03-01 01:10:00\",48007,1.5"); // a short row: left out by the scan
        InputSource source = InputSource.of("damaged.dat", (String.join("\r\n", damaged) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        ParsedFile parsed = ParsedFile.scan(source, formats.detect(source), ParseSettings.UTC);
        assertThat(parsed.held()).as("a 16-row file is held").isNotNull();

        Read replayed = read(parsed.open(), parsed);
        Read parsedAgain = read(parsed.format().open(source, parsed.settings()), parsed);

        assertThat(replayed).isEqualTo(parsedAgain);
        assertThat(replayed.rows()).hasSize(14).first().asString()
                .startsWith(parsed.first().toEpochMilli() + "@5=[8.387, 0.714, 10.535, 6.628, 7.968,");
        assertThat(replayed.valueRowsLeftOut()).isEqualTo(1);
        assertThat(parsed.account().skippedRows()).isEqualTo(1); // the short row, counted by the scan
        assertThat(replayed.firstSkipped()).anyMatch(reason -> reason.contains("line 7") && reason.contains("0.8x63"));
        try (RowReader replay = parsed.open()) {
            assertThat(replay.identity().logger()).isEqualTo("MAST01");
            assertThat(replay.channels()).hasSize(parsed.format().open(source, parsed.settings()).channels().size());
        }
    }

    @Test
    void aFileOfMoreCellsThanTheBoundIsParsedAgainNotHeld() throws Exception {
        List<String> lines = Files.readAllLines(Samples.DAY1);
        StringBuilder text = new StringBuilder(String.join("\r\n", lines.subList(0, 4))).append("\r\n");
        String row = lines.get(4);
        String values = row.substring(row.indexOf(",", row.indexOf(",") + 1)); // after the stamp and record
        InputSource head = InputSource.of("head.dat", (text + row + "\r\n").getBytes(StandardCharsets.UTF_8));
        int channels;
        try (RowReader reader = formats.detect(head).open(head, ParseSettings.UTC)) {
            channels = reader.channels().size();
        }
        long rows = HeldRows.MAX_CELLS / channels + 1;
        java.time.LocalDateTime stamp = java.time.LocalDateTime.parse("2024-03-01T00:10:00");
        for (long i = 0; i < rows; i++) {
            text.append('"').append(stamp.plusMinutes(10 * i).toString().replace('T', ' ')).append(":00\",")
                    .append(i).append(values).append("\r\n");
        }
        InputSource source = InputSource.of("big.dat", text.toString().getBytes(StandardCharsets.UTF_8));
        ParsedFile parsed = ParsedFile.scan(source, formats.detect(source), ParseSettings.UTC);
        assertThat(parsed.rows()).isEqualTo(rows);
        assertThat(parsed.held()).isNull();
        assertThat(read(parsed.open(), parsed).rows()).hasSize((int) rows);
    }
}
