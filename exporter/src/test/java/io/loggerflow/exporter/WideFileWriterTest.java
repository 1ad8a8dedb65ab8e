package io.loggerflow.exporter;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WideFileWriterTest {
    private static final long T0 = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli();
    private static final long STEP = 600_000;
    private static final List<SensorColumn> COLUMNS = List.of(
            new SensorColumn(7, "WS_80m_Avg", "wind_speed", "avg", 80.0, 270.0, "m/s"),
            new SensorColumn(3, "WS, 60m \"B\"", "wind_speed", "sd", 60.0, null, "m/s"));

    @Test
    void writesTheHeaderLinesAndARowForEveryIntervalWithEmptyCellsForGaps() throws IOException {
        StringWriter out = new StringWriter();
        WideFileWriter writer = new WideFileWriter(out, COLUMNS, T0, STEP, T0 + 5 * STEP);
        writer.writeHeader(COLUMNS);
        writer.add(T0, 3, 0.25);
        writer.add(T0, 7, 7.1);
        writer.add(T0 + 3 * STEP, 7, -1.5);
        writer.finish();

        assertThat(out.toString().split("\r\n")).containsExactly(
                "timestamp_utc,WS_80m_Avg,\"WS, 60m \"\"B\"\"\"",
                "height_m,80,60",
                "orientation_deg,270,",
                "statistic,avg,sd",
                "unit,m/s,m/s",
                "2024-03-01 00:00:00,7.1,0.25",
                "2024-03-01 00:10:00,,",
                "2024-03-01 00:20:00,,",
                "2024-03-01 00:30:00,-1.5,",
                "2024-03-01 00:40:00,,");
        assertThat(writer.rows()).isEqualTo(5);
        assertThat(writer.readings()).isEqualTo(3);
    }

    @Test
    void keepsReadingsStampedOffTheGridAsTheirOwnRows() throws IOException {
        StringWriter out = new StringWriter();
        WideFileWriter writer = new WideFileWriter(out, COLUMNS, T0, STEP, T0 + 2 * STEP);
        writer.add(T0 + 60_000, 7, 1.0);
        writer.finish();

        assertThat(out.toString().split("\r\n")).containsExactly(
                "2024-03-01 00:00:00,,",
                "2024-03-01 00:01:00,1,",
                "2024-03-01 00:10:00,,");
    }

    @Test
    void refusesReadingsOutOfOrderOrOfAnotherType() throws IOException {
        WideFileWriter writer = new WideFileWriter(new StringWriter(), COLUMNS, T0, STEP, T0 + 2 * STEP);
        writer.add(T0 + STEP, 7, 1.0);
        assertThatThrownBy(() -> writer.add(T0, 7, 1.0)).hasMessageContaining("order");
        assertThatThrownBy(() -> writer.add(T0 + STEP, 99, 1.0)).hasMessageContaining("sensor 99");
    }
}
