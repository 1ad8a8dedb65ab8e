package io.loggerflow.parsers.toaci1;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.SampleExpectations;
import io.loggerflow.parsers.SkipReasons;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.StampPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Toaci1FormatTest {
    private static final Path SAMPLE = SampleData.file("campbell-toaci1/HILL02_Ten_Min_2024_03_01.dat");
    private final Toaci1Format format = new Toaci1Format();

    @Test
    void detectsTheTwoLineHeaderQuotedOrNotAndNothingElse() throws IOException {
        assertThat(format.detect(Files.readAllBytes(SAMPLE))).isTrue();
        assertThat(format.detect("TOACI1,gold,one_min\r\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(format.detect("\"TOA5\",\"x\"\r\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(format.detect("TIMESTAMP,TOACI1,\r\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        for (SampleExpectations.Sample other : SampleExpectations.all()) {
            if (!other.format().equals("toaci1")) {
                assertThat(format.detect(Files.readAllBytes(other.file()))).as(other.name()).isFalse();
            }
        }
        assertThat(FormatRegistry.standard().detect(InputSource.of(SAMPLE)).name()).isEqualTo("toaci1");
    }

    @Test
    void readsIdentityChannelsAndListsRecnbrAsSkipped() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("HILL02");
            assertThat(reader.identity().table()).isEqualTo("Ten_Min");
            assertThat(reader.identity().model()).isNull();
            assertThat(reader.channels()).extracting(Channel::name)
                    .containsExactly("WS_50m_AVG", "WS_50m_STD", "WD_48m_AVG", "AirTC_2m_AVG", "BattV_MIN");
            assertThat(reader.channels().get(0)).isEqualTo(new Channel("WS_50m_AVG", null, null));
            assertThat(reader.skippedColumns()).containsExactly(new SkippedColumn("RECNBR", SkipReasons.RECORD_NUMBER));
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END);
        }
    }

    @Test
    void streamsValuesAndTimestampsInTheConfiguredZone() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), new ParseSettings(ZoneOffset.ofHours(1)))) {
            assertThat(reader.next()).isTrue();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-02-29T23:10:00Z"));
            assertThat(reader.value(0)).isEqualTo(6.0);
            assertThat(reader.value(4)).isEqualTo(12.65);
            assertThat(reader.lineNumber()).isEqualTo(3);
            for (int i = 1; i < 18; i++) {
                reader.next();
            }
            assertThat(reader.value(0)).isNaN(); // NAN on line 20
            assertThat(reader.lineNumber()).isEqualTo(20);
        }
    }

    @Test
    void aShortRowAndABadStampAreBadRowsAndReadingGoesOn() throws IOException {
        String text = "\"TOACI1\",\"gold\",\"one_min\"\r\n\"TMSTAMP\",\"RECNBR\",\"temp_AVG\",\"site\"\r\n"
                + "\"2001-12-30 19:16:00\",1,69.05,\"north\"\r\n"
                + "\"2001-12-30 19:17:00\",2\r\n"
                + "\"not a time\",3,69.1,\"north\"\r\n"
                + "\"2001-12-30 19:19:00\",4,x,\"north\"\r\n"
                + "\"2001-12-30 19:20:00\",5,69.2,\"north\"\r\n";
        try (RowReader reader = format.open(InputSource.of("gold.dat", text.getBytes(StandardCharsets.UTF_8)),
                ParseSettings.UTC)) {
            assertThat(reader.skippedColumns()).contains(new SkippedColumn("site", SkipReasons.TEXT));
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(69.05);
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessage("gold.dat, line 4: expected 4 fields but found 2");
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessageContaining("line 5, column TMSTAMP: not a timestamp");
            assertThat(reader.next()).isTrue();
            assertThatThrownBy(() -> reader.value(0)).isInstanceOf(RowException.class)
                    .hasMessage("gold.dat, line 6, column temp_AVG: not a number: 'x'");
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(69.2);
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void refusesABrokenHeader() {
        assertThatThrownBy(() -> format.open(InputSource.of("a.dat",
                "\"TOACI1\",\"gold\",\"t\"\r\n".getBytes(StandardCharsets.UTF_8)), ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class).isNotInstanceOf(RowException.class)
                .hasMessageContaining("missing field names line");
        assertThatThrownBy(() -> format.open(InputSource.of("b.dat",
                "\"TOACI1\",\"gold\",\"t\"\r\n\"TIME\",\"x\"\r\n".getBytes(StandardCharsets.UTF_8)), ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class).hasMessage("b.dat, line 2: no TMSTAMP column in the field names line");
    }
}
