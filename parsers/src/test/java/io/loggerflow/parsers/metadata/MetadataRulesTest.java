package io.loggerflow.parsers.metadata;

import io.loggerflow.parsers.Channel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetadataRulesTest {
    // formats.md 8.2 - 8.4
    private static final Set<String> TYPES = Set.of("wind_speed", "wind_direction", "air_temperature",
            "water_temperature", "temperature", "air_pressure", "air_density", "relative_humidity", "voltage", "current",
            "resistance", "power", "energy", "vertical_wind_speed", "wind_speed_turbulence", "precipitation",
            "ice_detection", "global_horizontal_irradiance", "direct_normal_irradiance", "diffuse_horizontal_irradiance",
            "global_tilted_irradiance", "global_normal_irradiance", "albedo", "soiling_loss_index", "illuminance", "fog",
            "salinity", "conductivity", "pressure", "gps_coordinates", "status", "flag", "counter", "availability",
            "quality", "carrier_to_noise_ratio", "doppler_spectral_broadening", "echo_intensity",
            "signal_to_noise_ratio", "motion_corrected_wind_speed", "motion_corrected_wind_direction",
            "motion_corrected_vertical_wind_speed", "wave_height", "wave_significant_height", "wave_maximum_height",
            "wave_direction", "wave_directional_spread", "wave_period", "wave_peak_period", "water_speed",
            "vertical_water_speed", "water_direction", "orientation", "compass_direction", "true_north_offset", "tilt",
            "tilt_x", "tilt_y", "tilt_z", "u", "v", "w", "elevation", "altitude", "height", "azimuth", "water_level",
            "depth", "timestamp", "obukhov_length", "other");
    private static final Set<String> STATISTICS = Set.of("avg", "sd", "max", "min", "count", "availability",
            "quality", "sum", "median", "mode", "range", "gust", "ti", "ti30sec", "text");
    private static final Set<String> UNITS = Set.of("m/s", "cm/s", "mm/s", "mph", "knots", "deg", "deg_C", "deg_F",
            "K", "%", "mbar", "dbar", "hPa", "atm", "mmHg", "inHg", "kg/m^2", "kg/m^3", "V", "mA", "A", "ohm", "Hz",
            "mm", "m", "s", "W/m^2", "W", "kW", "MW", "kWh", "MWh", "m/s^2", "lux", "dB", "L", "g/L", "g/kg", "ppt",
            "psu", "S/m", "-");

    private final MetadataRules rules = MetadataRules.standard();

    private SensorMetadata derive(String name, String unit, String statistic, Double height, Double orientation,
                                  String sensorType) {
        return rules.derive(new Channel(name, unit, statistic, height, orientation, sensorType));
    }

    @Test
    void everyIdInTheResourcesIsTask43Vocabulary() {
        for (RuleFile.Row row : RuleFile.resource("measurement-types.tsv", 3)) {
            assertThat(row.field(1)).as("line %d", row.line()).isIn(union(TYPES, "-"));
        }
        for (RuleFile.Row row : RuleFile.resource("statistics.tsv", 3)) {
            assertThat(row.field(2)).as("line %d", row.line()).isIn(union(STATISTICS, "-", "?"));
        }
        for (RuleFile.Row row : RuleFile.resource("units.tsv", 2)) {
            assertThat(row.field(1)).as("line %d", row.line()).isIn(UNITS);
        }
    }

    @Test
    void standardRulesAreLoadedOnce() {
        assertThat(MetadataRules.standard()).isSameAs(rules);
    }

    @Test
    void statedSensorTypeBeatsTheName() {
        // an NRG vane channel whose free-text name would say speed
        assertThat(derive("Speed_sensor_12", "deg", "Avg", null, null, "Vane").measurementType())
                .isEqualTo("wind_direction");
        // a sensor type that says nothing falls through to the name, then to the unit
        assertThat(derive("Ch15_Analog_3.00m_N_Avg_C", "C", "Avg", 3.0, 0.0, "Analog").measurementType())
                .isEqualTo("temperature");
        assertThat(derive("Ch9_Analog_Avg_RH", "%", "Avg", null, null, "Analog").measurementType())
                .isEqualTo("relative_humidity");
        // NRG LOGR states Task 43-like types; should a parser pass them as sensor type, they are used
        assertThat(derive("Ch7_Avg_%", "%", "Avg", 3.0, 0.0, "relative_humidity").measurementType())
                .isEqualTo("relative_humidity");
        assertThat(derive("Ch4_Avg_hPa", "hPa", "Avg", 3.0, 0.0, "absolute_air_pressure").measurementType())
                .isEqualTo("air_pressure");
    }

    @Test
    void nameBeatsTheUnitFallback() {
        assertThat(derive("Tilt", "deg", null, null, null, null).measurementType()).isEqualTo("tilt");
        assertThat(derive("Dopp Spect Broad", "m/s", null, null, null, null).measurementType())
                .isEqualTo("doppler_spectral_broadening");
        assertThat(derive("Ch1_Avg_deg", "deg", "Avg", null, null, null).measurementType()).isEqualTo("wind_direction");
        assertThat(derive("Ch1_Avg_W/m^2", "W/m^2", "Avg", null, null, null).measurementType()).isNull();
        assertThat(derive("Ch1_Avg_%", "%", "Avg", null, null, null).measurementType()).isNull();
    }

    @Test
    void statedStatisticBeatsTheNameUnlessItSaysNothing() {
        assertThat(derive("WS_80m_Max", "m/s", "Avg", null, null, null).statistic()).isEqualTo("avg");
        assertThat(derive("WD_78m_Std", "deg", "WVc", null, null, null).statistic()).isEqualTo("sd");
        assertThat(derive("WD_78m_Avg", "deg", "WVc", null, null, null).statistic()).isEqualTo("avg");
        assertThat(derive("WD_78m", "deg", "WVc", null, null, null).statistic()).isNull();
        assertThat(derive("WS_80m_Avg", "m/s", "Frobnicate", null, null, null).statistic()).isEqualTo("avg");
        // Smp and GustDir are known and have no Task 43 statistic: the name is not asked
        assertThat(derive("WS_80m_Avg", "m/s", "Smp", null, null, null).statistic()).isNull();
        assertThat(derive("Ch1_Gust_Dir_deg", "deg", null, null, null, null).statistic()).isNull();
        assertThat(derive("Ch1_Gust_m/s", "m/s", null, null, null, null).statistic()).isEqualTo("gust");
    }

    @Test
    void noStatisticIsInventedWithoutARule() {
        assertThat(derive("WS_100m", "m/s", null, null, null, null).statistic()).isNull();
        assertThat(derive("Battery (V)", "V", null, null, null, null).statistic()).isNull();
        assertThat(derive("Admin_10min", null, null, null, null, null).statistic()).isNull();
    }

    @Test
    void statedHeightBeatsTheNameAndNameHeightsMustBeClear() {
        assertThat(derive("WS_80m_Avg", "m/s", "Avg", 79.5, null, null).heightM()).isEqualTo(79.5);
        assertThat(derive("WS_80m_Avg", "m/s", "Avg", Double.NaN, null, null).heightM()).isEqualTo(80.0);
        assertThat(derive("Ch1_Anem_80.00m_N_Avg_m/s", null, null, null, null, null).heightM()).isEqualTo(80.0);
        assertThat(derive("Speed 80 m N SD [m/s]", null, null, null, null, null).heightM()).isEqualTo(80.0);
        assertThat(derive("Horizontal Wind Speed (m/s) at 97.5m", null, null, null, null, null).heightM())
                .isEqualTo(97.5);
        for (String unclear : List.of("Spd80mN", "T2m", "WS80", "WS_80_Avg", "Gust 25m/s", "Rain_2mm", "Avg_10min",
                "WS_80m_over_60m", "Ch1_m2", "-5m")) {
            assertThat(derive(unclear, null, null, null, null, null).heightM()).as(unclear).isNull();
        }
        assertThat(derive("WS_80m_at_80 m", null, null, null, null, null).heightM()).isEqualTo(80.0);
    }

    @Test
    void orientationOnlyFromTheHeader() {
        assertThat(derive("Ch1_Anem_80.00m_N_Avg_m/s", "m/s", "Avg", 80.0, null, "Anem").orientationDeg()).isNull();
        assertThat(derive("Spd80mS", null, null, null, 180.0, null).orientationDeg()).isEqualTo(180.0);
        assertThat(derive("Spd80mS", null, null, null, Double.POSITIVE_INFINITY, null).orientationDeg()).isNull();
    }

    @Test
    void unitsOnlyFromKnownSpellings() {
        assertThat(rules.unit("Deg C")).isEqualTo("deg_C");
        assertThat(rules.unit("°C")).isEqualTo("deg_C");
        assertThat(rules.unit(" degC ")).isEqualTo("deg_C");
        assertThat(rules.unit("deg_C")).isEqualTo("deg_C");
        assertThat(rules.unit("Volts")).isEqualTo("V");
        assertThat(rules.unit("Deg")).isEqualTo("deg");
        assertThat(rules.unit("°")).isEqualTo("deg");
        assertThat(rules.unit("W/sqm")).isEqualTo("W/m^2");
        assertThat(rules.unit("W/m2")).isEqualTo("W/m^2");
        assertThat(rules.unit("mb")).isEqualTo("mbar");
        assertThat(rules.unit("%RH")).isEqualTo("%");
        assertThat(rules.unit("hPa")).isEqualTo("hPa");
        for (String unknown : new String[]{"mV", "MV", "kPa", "furlongs", "", " ", "m/s/s", "DEG C?"}) {
            assertThat(rules.unit(unknown)).as(unknown).isNull();
        }
        assertThat(rules.unit(null)).isNull();
        // a unit is never guessed from the name
        assertThat(derive("WS_80m_Avg", null, "Avg", null, null, null).unit()).isNull();
    }

    @Test
    void oddInputGivesNullsNotExceptions() {
        assertThat(rules.derive(null)).isEqualTo(SensorMetadata.UNKNOWN);
        assertThat(derive("x", "", "", null, null, "")).isEqualTo(SensorMetadata.UNKNOWN);
        String huge = "9".repeat(400) + "m";
        for (String weird : List.of("x", "((( [", "\\E\\Q*+?", "\uD83D\uDE42 80m", "ÄÖÜ ß", "m", "0", "-",
                huge, "_".repeat(5000) + "80m", "80m 80m", "NaN m")) {
            SensorMetadata m = derive(weird, weird, weird, null, null, weird);
            assertThat(m.measurementType()).as(weird).isNull();
            assertThat(m.statistic()).as(weird).isNull();
            assertThat(m.orientationDeg()).isNull();
        }
        assertThat(derive(huge, null, null, null, null, null).heightM()).isNull();
        assertThat(derive("80m 80m", null, null, null, null, null).heightM()).isEqualTo(80.0);
        assertThat(derive("_".repeat(5000) + "80m", null, null, null, null, null).heightM()).isEqualTo(80.0);
    }

    @Test
    void malformedRuleFilesNameTheirLine() {
        assertThatThrownBy(() -> RuleFile.read("t.tsv", new StringReader("# c\nname\twind_speed\n"), 3))
                .hasMessage("t.tsv line 2: expected 3 TAB-separated fields, found 2");
        assertThatThrownBy(() -> RuleFile.read("t.tsv", new StringReader("name\t \tws\n"), 3))
                .hasMessage("t.tsv line 1: field 2 is empty");
        assertThatThrownBy(() -> MetadataRules.of(rows("name\twind_speed\t(ws"), List.of(), List.of(), List.of()))
                .hasMessageStartingWith("t.tsv line 1: bad regex");
        assertThatThrownBy(() -> MetadataRules.of(rows("label\twind_speed\tws"), List.of(), List.of(), List.of()))
                .hasMessage("t.tsv line 1: source must be sensor, name or unit, not 'label'");
        assertThatThrownBy(() -> MetadataRules.of(List.of(), List.of(), List.of(), rowsOf("\n\n\\d+m", 1)))
                .hasMessage("t.tsv line 3: a height regex needs a group for the number");
    }

    private static List<RuleFile.Row> rows(String text) throws IOException {
        return rowsOf(text, 3);
    }

    private static List<RuleFile.Row> rowsOf(String text, int fields) throws IOException {
        return RuleFile.read("t.tsv", new StringReader(text), fields);
    }

    private static Set<String> union(Set<String> base, String... more) {
        java.util.HashSet<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
