package io.loggerflow.parsers.tob3;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.ReadOut;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.toa5.Toa5Format;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** The TOB3 sample and the TOA5 file a converter would write from the same values yield the same readings. */
class Tob3AndToa5RenderingTest {

    @Test
    void theTob3SampleAndItsToa5RenderingYieldIdenticalReadings() throws IOException {
        ReadOut tob3;
        ReadOut toa5;
        try (RowReader binary = new Tob3Format().open(InputSource.of(SampleData.file(Tob3SampleWriter.SAMPLE)),
                ParseSettings.UTC);
             RowReader text = new Toa5Format().open(InputSource.of("TOA5_Fast.dat", toa5()), ParseSettings.UTC)) {
            assertThat(text.channels()).isEqualTo(binary.channels());
            assertThat(text.skippedColumns()).isEqualTo(binary.skippedColumns());
            assertThat(text.identity().logger()).isEqualTo(binary.identity().logger());
            assertThat(text.identity().table()).isEqualTo(binary.identity().table());
            assertThat(text.stampPosition()).isEqualTo(binary.stampPosition());
            tob3 = ReadOut.of(binary);
            toa5 = ReadOut.of(text);
        }
        assertThat(tob3.errors()).isEmpty();
        assertThat(toa5.errors()).isEmpty();
        assertThat(tob3.stamps()).isEqualTo(toa5.stamps()).hasSize(Tob3SampleWriter.RECORDS);
        for (int row = 0; row < Tob3SampleWriter.RECORDS; row++) {
            assertThat(tob3.values().get(row)).as("row %d", row).isEqualTo(toa5.values().get(row));
        }
    }

    /** TOA5 as LoggerNet writes it: the TOB3 header's environment and table name, then one line per record. */
    private static byte[] toa5() {
        StringBuilder out = new StringBuilder();
        String[] env = Tob3SampleWriter.ENVIRONMENT;
        out.append(String.format("\"TOA5\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"\r\n", env[1], env[2], env[3],
                env[4], env[5], env[6], Tob3SampleWriter.TABLE[0]));
        out.append(line("TIMESTAMP", "RECORD", Tob3SampleWriter.NAMES));
        out.append(line("TS", "RN", Tob3SampleWriter.UNITS));
        out.append(line("", "", Tob3SampleWriter.PROCESSING));
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.S");
        for (int row = 0; row < Tob3SampleWriter.RECORDS; row++) {
            Integer ts = Tob3SampleWriter.tsCenti(row);
            out.append('"').append(Tob3SampleWriter.stamp(row).format(stamp)).append("\",")
                    .append(Tob3SampleWriter.recordNumber(row)).append(',')
                    .append(BigDecimal.valueOf(Tob3SampleWriter.uxCenti(row), 2).toPlainString()).append(',')
                    .append(BigDecimal.valueOf(Tob3SampleWriter.uyMilli(row), 3).toPlainString()).append(',')
                    .append(BigDecimal.valueOf(Tob3SampleWriter.uzMilli(row), 3).toPlainString()).append(',')
                    .append(ts == null ? "\"NAN\"" : BigDecimal.valueOf(ts, 2).toPlainString()).append(',')
                    .append(Tob3SampleWriter.diag(row)).append(',')
                    .append(Tob3SampleWriter.co2(row)).append(',')
                    .append(Tob3SampleWriter.sonicOk(row)).append(',')
                    .append('"').append(Tob3SampleWriter.status(row)).append("\"\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(String first, String second, String[] rest) {
        StringBuilder line = new StringBuilder("\"").append(first).append("\",\"").append(second).append('"');
        for (String cell : rest) {
            line.append(",\"").append(cell).append('"');
        }
        return line.append("\r\n").toString();
    }
}
