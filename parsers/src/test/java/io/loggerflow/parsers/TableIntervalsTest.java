package io.loggerflow.parsers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TableIntervalsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Daily, P1D", "day, P1D", "Climavue50_daily, P1D", "Hourly, PT1H", "Hour, PT1H", "Sys_1Hr, PT1H",
            "Ten_Min, PT10M", "TenMin, PT10M", "10min, PT10M", "10_min, PT10M", "Table_10min, PT10M",
            "1min, PT1M", "One_Min, PT1M", "60Min, PT1H", "Met_1h, PT1H", "30sec, PT30S", "Fifteen_Min, PT15M",
            "MAST01_Ten_Min, PT10M", "Daily_Day, P1D"})
    void namesThatStateTheirInterval(String table, String interval) {
        assertThat(TableIntervals.fromName(table)).contains(Duration.parse(interval));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Table10", "Table1", "Status", "Min", "Batt_Min", "Public", "TOB1_Full", "Ten",
            "Hourly_Daily", "10m", "WS_80m", "Data0min"})
    void namesThatDoNot(String table) {
        assertThat(TableIntervals.fromName(table)).isEmpty();
    }
}
