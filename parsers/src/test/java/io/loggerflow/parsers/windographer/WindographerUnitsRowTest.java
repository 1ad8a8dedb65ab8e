package io.loggerflow.parsers.windographer;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The units row an export may write directly after the {@code Date/Time} names row. */
class WindographerUnitsRowTest {
    private static final String NAMES = "Date/Time\tSpeed 80m\tDirection 78m\n";
    private final WindographerFormat format = new WindographerFormat();

    @Test
    void theUnitsRowIsAHeaderLineAndGivesTheUnitsTheNamesLack() throws Exception {
        Path file = Path.of(WindographerUnitsRowTest.class
                .getResource("/windographer/MastU_10min_units_2024-03-05.txt").toURI());
        try (RowReader reader = format.open(InputSource.of(file), ParseSettings.UTC)) {
            List<Channel> channels = reader.channels();
            assertThat(channels).extracting(Channel::unit)
                    // the name's own [°C] wins over the row's deg_C; an empty units cell states no unit
                    .containsExactly("m/s", "m/s", "m/s", "deg", "°C", "%", "V", null);
            assertThat(channels.get(0)).isEqualTo(new Channel("Speed 80m N", "m/s", "Avg", 80.0, 0.0, "Speed"));
            assertThat(channels.get(1)).isEqualTo(new Channel("Speed 80m N SD", "m/s", "SD", 80.0, 0.0, "Speed"));
            assertThat(channels.get(3)).isEqualTo(new Channel("Direction 78m", "deg", "Avg", 78.0, null, "Direction"));
            assertThat(channels.get(6)).isEqualTo(new Channel("BattV_Min", "V", "Min", null, null, null));

            int[] counts = new int[channels.size()];
            double[] sums = new double[channels.size()];
            int rows = 0;
            while (reader.next()) { // a RowException here, for the units row or any other, fails the test
                assertThat(reader.lineNumber()).isEqualTo(15 + rows);
                if (rows == 0) {
                    assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
                }
                for (int c = 0; c < channels.size(); c++) {
                    double value = reader.value(c);
                    if (!Double.isNaN(value)) {
                        counts[c]++;
                        sums[c] += value;
                    }
                }
                rows++;
            }
            assertThat(rows).isEqualTo(12);
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-05T01:50:00Z"));
            assertThat(counts).containsExactly(12, 12, 12, 10, 12, 11, 12, 12);
            double[] expected = {89.775, 8.52, 83.492, 2135.5, 33.9, 919.7, 152.28, 0};
            for (int c = 0; c < sums.length; c++) {
                assertThat(sums[c]).as(channels.get(c).name()).isCloseTo(expected[c], within(1e-9));
            }
        }
    }

    @Test
    void aRowOfUnitsWithoutTheUnitsWordIsTakenToo() throws Exception {
        try (RowReader r = open(NAMES + "\tm/s\t°\n05/03/2024 00:00\t7.5\t210\n")) {
            assertThat(r.channels()).extracting(Channel::unit).containsExactly("m/s", "°");
            assertThat(r.next()).isTrue();
            assertThat(r.lineNumber()).isEqualTo(15);
            assertThat(r.value(1)).isEqualTo(210.0);
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void onlyANonTimestampRowOfUnitsDirectlyAfterTheNamesIsAUnitsRow() throws Exception {
        // not directly after the names row: a blank line between
        assertBadRowThenData(NAMES + "\nUnits\tm/s\tdeg\n05/03/2024 00:00\t7.5\t210\n", 15);
        // after the first data row
        assertBadRowThenData(NAMES + "05/03/2024 00:00\t7.5\t210\nUnits\tm/s\tdeg\n05/03/2024 00:10\t7.6\t211\n", 15);
        // a data row whose stamp is bad: its cells are numbers (and missing markers), not units
        assertBadRowThenData(NAMES + "05-03-2024 00:00\t7.5\t9999\n05/03/2024 00:10\t7.6\t211\n", 14);
        assertBadRowThenData(NAMES + "Units\tm/s\t9999\n05/03/2024 00:10\t7.6\t211\n", 14);
        // no unit named at all
        assertBadRowThenData(NAMES + "Units\t\t\n05/03/2024 00:10\t7.6\t211\n", 14);
        // text beyond the columns the names row has
        assertBadRowThenData(NAMES + "Units\tm/s\tdeg\tV\n05/03/2024 00:10\t7.6\t211\n", 14);
    }

    /** The row at {@code badLine} is reported as one bad row and the reading goes on with the data after it. */
    private void assertBadRowThenData(String body, long badLine) throws Exception {
        try (RowReader r = open(body)) {
            assertThat(r.channels()).extracting(Channel::unit).containsOnlyNulls();
            List<Long> dataLines = new ArrayList<>();
            boolean bad = false;
            while (true) {
                try {
                    if (!r.next()) {
                        break;
                    }
                    dataLines.add(r.lineNumber());
                } catch (RowException e) {
                    assertThat(e.line()).as(body).isEqualTo(badLine);
                    assertThat(bad).as(body).isFalse();
                    bad = true;
                }
            }
            assertThat(bad).as(body).isTrue();
            assertThat(dataLines).as(body).isNotEmpty().doesNotContain(badLine);
        }
    }

    private RowReader open(String body) throws Exception {
        String text = "Created 05/03/2024 09:12 by Windographer 4.2.11\n\nLatitude = N 53.412300\n"
                + "Longitude = W 7.895400\nElevation = 112 m\nCalm threshold = 0 m/s\n\n"
                + "Included flags: <Unflagged data>\nExcluded flags: Icing\n\n"
                + "Time stamps indicate the beginning of the time step.\n\n" + body;
        return format.open(InputSource.of("units.txt", text.getBytes(StandardCharsets.UTF_8)), ParseSettings.UTC);
    }
}
