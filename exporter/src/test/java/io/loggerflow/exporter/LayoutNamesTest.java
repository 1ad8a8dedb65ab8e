package io.loggerflow.exporter;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the windographer and task43 layouts name their columns and stamps, and how a layout is chosen. */
class LayoutNamesTest {
    private static final SensorColumn SPEED = new SensorColumn(1, "WS_80m_Avg", "wind_speed", "avg", 80.0, 315.0, "m/s",
            "anemometer", "09183000");
    private static final SensorColumn SPEED_SD = new SensorColumn(2, "WS_80m_Std", "wind_speed", "sd", 80.0, 315.0,
            "m/s");
    private static final SensorColumn TWIN = new SensorColumn(3, "WS_80m_B_Avg", "wind_speed", "avg", 80.0, 315.0,
            "m/s");
    private static final SensorColumn VANE = new SensorColumn(4, "WD 78m", "wind_direction", "avg", 78.0, null, "deg");
    private static final SensorColumn BATTERY = new SensorColumn(5, "Batt_Volt_Min", null, "min", null, null, "V");

    @Test
    void windographerNamesCarryTypeHeightBoomAndStatisticAsItRecognisesThem() {
        assertThat(WindographerNames.of(List.of(SPEED, SPEED_SD, TWIN, VANE, BATTERY)))
                .containsExactly("Speed 80m NW", "Speed 80m NW SD", "Speed 80m NW B", "Direction 78m", "Batt_Volt_Min");
        assertThat(WindographerNames.compass(0)).isEqualTo("N");
        assertThat(WindographerNames.compass(359)).isEqualTo("N");
        assertThat(WindographerNames.compass(135)).isEqualTo("SE");
        assertThat(WindographerNames.compass(247.5)).isEqualTo("WSW");
    }

    @Test
    void task43NamesFollowTheFloatingLidarGrammarAndStayUnique() {
        SensorColumn sameAsTwin = new SensorColumn(6, "WS 80m C__Avg", "wind_speed", "avg", 80.0, 135.0, "m/s");
        assertThat(Task43ColumnNames.of(List.of(SPEED, SPEED_SD, TWIN, sameAsTwin, VANE, BATTERY))).containsExactly(
                "wind_speed__avg__080__anemometer__09183000__m/s",
                "wind_speed__sd__080__null__null__m/s",
                "wind_speed__avg__080__null__null__m/s__WS_80m_B_Avg",
                "wind_speed__avg__080__null__null__m/s__WS_80m_C_Avg",
                "wind_direction__avg__078__null__null__deg",
                "other__min__null__null__null__V");
        assertThat(Task43ColumnNames.height(80.1)).isEqualTo("080.1");
        assertThat(Task43ColumnNames.height(-5.5)).isEqualTo("-005.5");
        assertThat(Task43ColumnNames.height(1200.0)).isEqualTo("1200");
        assertThat(Task43ColumnNames.height(2.0)).isEqualTo("002");
    }

    @Test
    void stampsAreWrittenInEachLayoutsSpelling() {
        long stamp = Instant.parse("2024-03-01T06:10:00Z").toEpochMilli();
        StringBuilder out = new StringBuilder();
        CsvText.appendTimestamp(out, stamp);
        out.append('|');
        CsvText.appendIsoTimestamp(out, stamp);
        out.append('|');
        CsvText.appendDayFirstTimestamp(out, stamp);
        assertThat(out).hasToString("2024-03-01 06:10:00|2024-03-01T06:10:00|01/03/2024 06:10:00");
        assertThat(WindographerHeader.hemisphere(-8.25, 'E', 'W')).isEqualTo("W 8.250000");
    }

    @Test
    void aLayoutIsNamedAsOnTheCommandLineAndDecidesTheFileName() {
        assertThat(ExportLayout.parse("Windographer")).isEqualTo(ExportLayout.WINDOGRAPHER);
        assertThatThrownBy(() -> ExportLayout.parse("excel"))
                .hasMessage("a layout is one of per-type, windographer, task43, not 'excel'");
        assertThat(new ExportFormat(ExportLayout.WINDOGRAPHER, "9999", null).fileName("s_l_t")).isEqualTo("s_l_t.txt");
        assertThat(new ExportFormat(ExportLayout.WINDOGRAPHER, "", true).fileName("s_l_t")).isEqualTo("s_l_t.zip");
        assertThat(new ExportFormat(ExportLayout.TASK43, "", null).fileName("s_l_t")).isEqualTo("s_l_t.zip");
        assertThat(new ExportFormat(ExportLayout.TASK43, "", false).fileName("s_l_t")).isEqualTo("s_l_t.csv");
        assertThatThrownBy(() -> new ExportFormat(ExportLayout.PER_TYPE, "", false))
                .hasMessageContaining("always zipped");
        assertThatThrownBy(() -> new ExportFormat(ExportLayout.TASK43, "n,a", null))
                .hasMessageContaining("separator");
    }
}
