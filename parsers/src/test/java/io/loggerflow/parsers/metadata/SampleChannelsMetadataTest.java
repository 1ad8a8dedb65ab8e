package io.loggerflow.parsers.metadata;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Metadata derived from the real channels of every file in sample-data/, read with the shipped parsers. */
class SampleChannelsMetadataTest {
    private static final String TOA5 = "campbell/MAST01_Ten_Min_2024_03_01.dat";
    private static final String TOB1 = "campbell-tob1/MAST01_Ten_Min_2024_03_01.dat";
    private static final String SYMPHONIE = "nrg/012345_2024-03-01_00.00_000123_meas.txt";
    private static final String LOGR = "nrg/20240301_0000_945800742_000318_statistical.dat";
    private static final String STA_V2 = "windcube/WLS7-812_2024_03_01__00_00_00.sta";
    private static final String STA_V1 = "windcube/WLS7-417_2024_03_01__00_00_00.sta";
    private static final String ZX = "zx/Wind10_812@Y2024_M03_D01.ZPH.csv";
    private static final String MAST_B = "windographer/MastB_10min_2024-03-01.txt";
    private static final String DEMO2 = "windographer/Demo2_10min_2024-03-02.txt";
    private static final String WIDE = "generic/ammonit-like_D150123_2024-03-01.csv";
    private static final String TIDY = "generic/tidy_site7_2024-03-01.csv";
    private static final String WIDE_MAPPING = "generic/ammonit-like.mapping.properties";

    /** Channels of every sample file, keyed by path under sample-data/. */
    private static final Map<String, List<Channel>> SAMPLES = new LinkedHashMap<>();
    private final MetadataRules rules = MetadataRules.standard();

    @BeforeAll
    static void readAllSamples() throws IOException {
        Path root = SampleData.file("campbell").getParent();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        FormatRegistry registry = FormatRegistry.standard();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") || name.endsWith(".properties")) {
                continue;
            }
            String key = root.relativize(file).toString().replace('\\', '/');
            boolean wide = key.equals(WIDE);
            LoggerFormat format = wide ? registry.require("generic-wide") : registry.detect(InputSource.of(file));
            ParseSettings settings = new ParseSettings(ZoneOffset.UTC, wide ? wideMapping() : Map.of());
            try (RowReader reader = format.open(InputSource.of(file), settings)) {
                SAMPLES.put(key, reader.channels());
            }
        }
        assertThat(SAMPLES).containsKeys(TOA5, TOB1, SYMPHONIE, LOGR, STA_V2, STA_V1, ZX, MAST_B, DEMO2, WIDE, TIDY);
    }

    private static Map<String, String> wideMapping() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(SampleData.file(WIDE_MAPPING), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> options = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> options.put(k, properties.getProperty(k)));
        return options;
    }

    private SensorMetadata of(String sample, String channel) {
        Channel found = SAMPLES.get(sample).stream().filter(c -> c.name().equals(channel)).findFirst()
                .orElseThrow(() -> new AssertionError(sample + " has no channel " + channel));
        return rules.derive(found);
    }

    private static SensorMetadata md(String type, String statistic, Double height, Double orientation, String unit) {
        return new SensorMetadata(type, statistic, height, orientation, unit);
    }

    @Test
    void campbellToa5AndTob1() {
        for (String sample : List.of(TOA5, TOB1)) {
            assertThat(of(sample, "WS_80m_Avg")).isEqualTo(md("wind_speed", "avg", 80.0, null, "m/s"));
            assertThat(of(sample, "WS_80m_Std")).isEqualTo(md("wind_speed", "sd", 80.0, null, "m/s"));
            // logger statistic WVc only says "wind vector": the name suffix decides
            assertThat(of(sample, "WD_78m_Avg")).isEqualTo(md("wind_direction", "avg", 78.0, null, "deg"));
            assertThat(of(sample, "AirTC_2m_Avg")).isEqualTo(md("air_temperature", "avg", 2.0, null, "deg_C"));
            assertThat(of(sample, "BattV_Min")).isEqualTo(md("voltage", "min", null, null, "V"));
        }
        assertThat(of(TOA5, "WD_78m_Std")).isEqualTo(md("wind_direction", "sd", 78.0, null, "deg"));
        assertThat(of(TOA5, "WS_40m_Max")).isEqualTo(md("wind_speed", "max", 40.0, null, "m/s"));
        assertThat(of(TOA5, "RH_2m_Avg")).isEqualTo(md("relative_humidity", "avg", 2.0, null, "%"));
        assertThat(of(TOA5, "BP_mbar_Avg")).isEqualTo(md("air_pressure", "avg", null, null, "mbar"));
    }

    @Test
    void nrgSymphonieProAndLogr() {
        // heights and bearings are the Sensor History values (Ch1: Height 80.00, Bearing 2.00), not the N in the name
        assertThat(of(SYMPHONIE, "Ch1_Anem_80.00m_N_Avg_m/s")).isEqualTo(md("wind_speed", "avg", 80.0, 2.0, "m/s"));
        assertThat(of(SYMPHONIE, "Ch2_Anem_80.00m_S_SD_m/s")).isEqualTo(md("wind_speed", "sd", 80.0, 178.0, "m/s"));
        assertThat(of(SYMPHONIE, "Ch4_Anem___Max_m/s")).isEqualTo(md("wind_speed", "max", null, null, "m/s"));
        assertThat(of(SYMPHONIE, "Ch13_Vane_78.00m_E_Avg_Deg")).isEqualTo(md("wind_direction", "avg", 78.0, 91.0, "deg"));
        assertThat(of(SYMPHONIE, "Ch13_Vane_78.00m_E_GustDir_Deg"))
                .isEqualTo(md("wind_direction", null, 78.0, 91.0, "deg"));
        // Analog says nothing: the unit decides, and a temperature unit alone gives the generic type
        assertThat(of(SYMPHONIE, "Ch15_Analog_3.00m_N_Avg_C")).isEqualTo(md("temperature", "avg", 3.0, 0.0, "deg_C"));
        assertThat(of(SYMPHONIE, "Ch16_Analog_3.00m_N_Max_hPa")).isEqualTo(md("air_pressure", "max", 3.0, 0.0, "hPa"));

        assertThat(of(LOGR, "Ch1_Avg_deg")).isEqualTo(md("wind_direction", "avg", 57.0, 45.0, "deg"));
        assertThat(of(LOGR, "Ch1_Gust_Dir_deg")).isEqualTo(md("wind_direction", null, 57.0, 45.0, "deg"));
        assertThat(of(LOGR, "Ch401_Gust_m/s")).isEqualTo(md("wind_speed", "gust", 59.2, 315.0, "m/s"));
        assertThat(of(LOGR, "Ch5_SD_deg_C")).isEqualTo(md("air_temperature", "sd", 3.0, 0.0, "deg_C"));
        // the LOGR channel names carry no quantity and "%" / "mm" alone are not enough
        assertThat(of(LOGR, "Ch7_Avg_%")).isEqualTo(md("relative_humidity", "avg", 3.0, 0.0, "%"));
        assertThat(of(LOGR, "Ch406_Total_mm")).isEqualTo(md("precipitation", "sum", 1.0, 0.0, "mm"));
    }

    @Test
    void windCubeBothLayouts() {
        assertThat(of(STA_V2, "40m Wind Speed (m/s)")).isEqualTo(md("wind_speed", "avg", 40.0, null, "m/s"));
        assertThat(of(STA_V2, "80m Wind Speed Dispersion (m/s)")).isEqualTo(md("wind_speed", "sd", 80.0, null, "m/s"));
        assertThat(of(STA_V2, "120m Wind Speed max (m/s)")).isEqualTo(md("wind_speed", "max", 120.0, null, "m/s"));
        assertThat(of(STA_V2, "40m Wind Direction (°)")).isEqualTo(md("wind_direction", "avg", 40.0, null, "deg"));
        assertThat(of(STA_V2, "60m Z-wind (m/s)")).isEqualTo(md("vertical_wind_speed", "avg", 60.0, null, "m/s"));
        assertThat(of(STA_V2, "40m CNR min (dB)")).isEqualTo(md("carrier_to_noise_ratio", "min", 40.0, null, "dB"));
        assertThat(of(STA_V2, "100m Dopp Spect Broad (m/s)"))
                .isEqualTo(md("doppler_spectral_broadening", "avg", 100.0, null, "m/s"));
        assertThat(of(STA_V2, "100m Data Availability (%)"))
                .isEqualTo(md("availability", "availability", 100.0, null, "%"));
        assertThat(of(STA_V2, "Int Temp (°C)")).isEqualTo(md("temperature", null, null, null, "deg_C"));
        assertThat(of(STA_V2, "Ext Temp (°C)")).isEqualTo(md("air_temperature", null, null, null, "deg_C"));
        assertThat(of(STA_V2, "Rel Humidity (%)")).isEqualTo(md("relative_humidity", null, null, null, "%"));
        assertThat(of(STA_V2, "Vbatt (V)")).isEqualTo(md("voltage", null, null, null, "V"));
        assertThat(of(STA_V2, "Wiper count")).isEqualTo(md("counter", null, null, null, null));

        assertThat(of(STA_V1, "Vhm1")).isEqualTo(md("wind_speed", "avg", 40.0, null, null));
        assertThat(of(STA_V1, "dVh3")).isEqualTo(md("wind_speed", "sd", 80.0, null, null));
        assertThat(of(STA_V1, "VhMin5")).isEqualTo(md("wind_speed", "min", 120.0, null, null));
        assertThat(of(STA_V1, "Azim2")).isEqualTo(md("wind_direction", null, 60.0, null, null));
        assertThat(of(STA_V1, "wm4")).isEqualTo(md("vertical_wind_speed", "avg", 100.0, null, null));
        assertThat(of(STA_V1, "du1")).isEqualTo(md("u", "sd", 40.0, null, null));
        assertThat(of(STA_V1, "dCNR@60m")).isEqualTo(md("carrier_to_noise_ratio", "sd", 60.0, null, null));
        assertThat(of(STA_V1, "Avail.4")).isEqualTo(md("availability", "availability", 100.0, null, null));
        assertThat(of(STA_V1, "Tm")).isEqualTo(md("temperature", "avg", null, null, null));
        assertThat(of(STA_V1, "WiperCount")).isEqualTo(md("counter", null, null, null, null));
    }

    @Test
    void zxCsv() {
        assertThat(of(ZX, "Horizontal Wind Speed (m/s) at 120m")).isEqualTo(md("wind_speed", "avg", 120.0, null, "m/s"));
        assertThat(of(ZX, "Horizontal Wind Speed Std. Dev. (m/s) at 80m"))
                .isEqualTo(md("wind_speed", "sd", 80.0, null, "m/s"));
        assertThat(of(ZX, "TI at 80m")).isEqualTo(md("wind_speed", "ti", 80.0, null, null));
        assertThat(of(ZX, "Wind Direction (deg) at 38m")).isEqualTo(md("wind_direction", "avg", 38.0, null, "deg"));
        assertThat(of(ZX, "Vertical Wind Speed (m/s) at 60m"))
                .isEqualTo(md("vertical_wind_speed", "avg", 60.0, null, "m/s"));
        assertThat(of(ZX, "Packets in Average at 40m")).isEqualTo(md("availability", "count", 40.0, null, null));
        assertThat(of(ZX, "Air Temp. (C)")).isEqualTo(md("air_temperature", null, null, null, "deg_C"));
        assertThat(of(ZX, "Upper Temp. (C)")).isEqualTo(md("temperature", null, null, null, "deg_C"));
        assertThat(of(ZX, "Pressure (mbar)")).isEqualTo(md("air_pressure", null, null, null, "mbar"));
        assertThat(of(ZX, "Humidity (%)")).isEqualTo(md("relative_humidity", null, null, null, "%"));
        assertThat(of(ZX, "Battery (V)")).isEqualTo(md("voltage", null, null, null, "V"));
        assertThat(of(ZX, "Tilt (deg)")).isEqualTo(md("tilt", null, null, null, "deg"));
        assertThat(of(ZX, "ZephIR Bearing (deg)")).isEqualTo(md("compass_direction", null, null, null, "deg"));
        assertThat(of(ZX, "MET Wind Speed (m/s)")).isEqualTo(md("wind_speed", null, null, null, "m/s"));
        assertThat(of(ZX, "Proportion Of Packets With Rain (%)"))
                .isEqualTo(md("precipitation", null, null, null, "%"));
    }

    @Test
    void windographerBothSamples() {
        assertThat(of(MAST_B, "Speed 80 m N SD [m/s]")).isEqualTo(md("wind_speed", "sd", 80.0, 0.0, "m/s"));
        assertThat(of(MAST_B, "Speed 40 m A Gust [m/s]")).isEqualTo(md("wind_speed", "gust", 40.0, null, "m/s"));
        assertThat(of(MAST_B, "Direction 78 m N [°]")).isEqualTo(md("wind_direction", "avg", 78.0, 0.0, "deg"));
        assertThat(of(MAST_B, "Temperature 2 m [°C]")).isEqualTo(md("air_temperature", "avg", 2.0, null, "deg_C"));
        assertThat(of(MAST_B, "Relative Humidity 2 m [%]")).isEqualTo(md("relative_humidity", "avg", 2.0, null, "%"));
        assertThat(of(MAST_B, "Battery Voltage Min [V]")).isEqualTo(md("voltage", "min", null, null, "V"));

        assertThat(of(DEMO2, "Spd80mNStd")).isEqualTo(md("wind_speed", "sd", 80.0, 0.0, null));
        assertThat(of(DEMO2, "Dir78mS")).isEqualTo(md("wind_direction", "avg", 78.0, 180.0, null));
        assertThat(of(DEMO2, "T2m")).isEqualTo(md("air_temperature", "avg", 2.0, null, null));
        assertThat(of(DEMO2, "RH2m")).isEqualTo(md("relative_humidity", "avg", 2.0, null, null));
        assertThat(of(DEMO2, "P2m")).isEqualTo(md("air_pressure", "avg", 2.0, null, null));
        assertThat(of(DEMO2, "PrcpTot")).isEqualTo(md("precipitation", "sum", null, null, null));
        assertThat(of(DEMO2, "BattMin")).isEqualTo(md("voltage", "min", null, null, null));
    }

    @Test
    void genericWideAndTidy() {
        assertThat(of(WIDE, "A1 80m avg")).isEqualTo(md("wind_speed", "avg", 80.0, 0.0, "m/s"));
        assertThat(of(WIDE, "A2 60m avg")).isEqualTo(md("wind_speed", "avg", 60.0, 225.0, "m/s"));
        // no type option for this column: the unit alone gives the type
        assertThat(of(WIDE, "A1 80m max")).isEqualTo(md("wind_speed", "max", 80.0, null, "m/s"));
        assertThat(of(WIDE, "D1 78m sd")).isEqualTo(md("wind_direction", "sd", 78.0, null, "deg"));
        assertThat(of(WIDE, "T1 2m avg")).isEqualTo(md("air_temperature", "avg", 2.0, null, "deg_C"));
        assertThat(of(WIDE, "H1 2m avg")).isEqualTo(md(null, "avg", 2.0, null, "%"));
        assertThat(of(WIDE, "P1 avg")).isEqualTo(md("air_pressure", "avg", null, null, "hPa"));
        assertThat(of(WIDE, "V1 min")).isEqualTo(md("voltage", "min", null, null, "V"));

        // tidy rows state unit only: heights come from the names, no statistic is invented for WS_100m
        assertThat(of(TIDY, "WS_100m")).isEqualTo(md("wind_speed", null, 100.0, null, "m/s"));
        assertThat(of(TIDY, "WS_100m_SD")).isEqualTo(md("wind_speed", "sd", 100.0, null, "m/s"));
        assertThat(of(TIDY, "WD_95m")).isEqualTo(md("wind_direction", null, 95.0, null, "deg"));
        assertThat(of(TIDY, "AirTemp_3m")).isEqualTo(md("air_temperature", null, 3.0, null, "deg_C"));
        assertThat(of(TIDY, "Pressure")).isEqualTo(md("air_pressure", null, null, null, "hPa"));
        assertThat(of(TIDY, "GHI")).isEqualTo(md("global_horizontal_irradiance", null, null, null, "W/m^2"));
    }

    /** What a sample channel is, decided by reading the sample (not by the rules); first matching row wins. */
    private record Expect(String sample, Pattern name, String type, Kind kind, String why) {
    }

    private enum Kind {
        /** wind speed/direction, temperature, pressure or humidity: must get a type */
        MET,
        /** anything else: the type must be as listed (null allowed) */
        OTHER,
        /** a met channel the rules cannot type from what the file states; stays null, reported */
        GAP
    }

    private static final List<Expect> EXPECTED = new ArrayList<>();

    private static void met(String sample, String name, String type) {
        EXPECTED.add(new Expect(sample, Pattern.compile(name), type, Kind.MET, null));
    }

    private static void other(String sample, String name, String type) {
        EXPECTED.add(new Expect(sample, Pattern.compile(name), type, Kind.OTHER, null));
    }

    private static void gap(String sample, String name, String why) {
        EXPECTED.add(new Expect(sample, Pattern.compile(name), null, Kind.GAP, why));
    }

    static {
        for (String s : List.of(TOA5, TOB1, "campbell/MAST01_Ten_Min_2024_03_02.dat")) {
            met(s, "WS_.*", "wind_speed");
            met(s, "WD_.*", "wind_direction");
            met(s, "AirTC_.*", "air_temperature");
            met(s, "RH_.*", "relative_humidity");
            met(s, "BP_.*", "air_pressure");
            other(s, "BattV_Min", "voltage");
        }
        met(WIDE, "A\\d .*", "wind_speed");
        met(WIDE, "D1 .*", "wind_direction");
        met(WIDE, "T1 .*", "air_temperature");
        gap(WIDE, "H1 .*", "humidity only by the mapping's intent: no .type option, unit % alone");
        met(WIDE, "P1 .*", "air_pressure");
        other(WIDE, "V1 .*", "voltage");
        met(TIDY, "WS_.*", "wind_speed");
        met(TIDY, "WD_.*", "wind_direction");
        met(TIDY, "AirTemp_.*", "air_temperature");
        met(TIDY, "Pressure", "air_pressure");
        other(TIDY, "GHI", "global_horizontal_irradiance");
        met(SYMPHONIE, "Ch\\d+_Anem_.*", "wind_speed");
        met(SYMPHONIE, "Ch\\d+_Vane_.*", "wind_direction");
        met(SYMPHONIE, "Ch15_Analog_.*_C", "temperature");
        met(SYMPHONIE, "Ch16_Analog_.*_hPa", "air_pressure");
        met(LOGR, "Ch1_.*", "wind_direction");
        met(LOGR, "Ch4_.*", "air_pressure");
        met(LOGR, "Ch5_.*", "air_temperature"); // Sensor History 'Measurement Type'
        met(LOGR, "Ch7_.*", "relative_humidity"); // Sensor History 'Measurement Type'; the name says nothing
        met(LOGR, "Ch40[12]_.*", "wind_speed");
        other(LOGR, "Ch406_.*", "precipitation"); // Sensor History 'Measurement Type'
        met(STA_V2, "Int Temp .*", "temperature");
        met(STA_V2, "Ext Temp .*", "air_temperature");
        met(STA_V2, "Pressure .*", "air_pressure");
        met(STA_V2, "Rel Humidity .*", "relative_humidity");
        other(STA_V2, "Wiper count", "counter");
        other(STA_V2, "Vbatt .*", "voltage");
        met(STA_V2, "\\d+m Wind Speed .*", "wind_speed");
        met(STA_V2, "\\d+m Wind Direction .*", "wind_direction");
        met(STA_V2, "\\d+m Z-wind .*", "vertical_wind_speed");
        other(STA_V2, "\\d+m CNR .*", "carrier_to_noise_ratio");
        other(STA_V2, "\\d+m Dopp Spect Broad .*", "doppler_spectral_broadening");
        other(STA_V2, "\\d+m Data Availability .*", "availability");
        other(STA_V1, "WiperCount", "counter");
        met(STA_V1, "Tm", "temperature");
        met(STA_V1, "d?Vh.*\\d", "wind_speed");
        met(STA_V1, "Azim\\d", "wind_direction");
        met(STA_V1, "(um|du)\\d", "u");
        met(STA_V1, "(vm|dv)\\d", "v");
        met(STA_V1, "(wm|dw)\\d", "vertical_wind_speed");
        other(STA_V1, "d?CNR.*", "carrier_to_noise_ratio");
        other(STA_V1, "d?spectral_broadening.*", "doppler_spectral_broadening");
        other(STA_V1, "Avail\\.\\d", "availability");
        other(ZX, "(Battery|Generator) \\(V\\)", "voltage");
        met(ZX, "(Upper|Lower) Temp\\. .*", "temperature");
        met(ZX, "(Pod )?Humidity .*", "relative_humidity");
        other(ZX, "ZephIR Bearing .*", "compass_direction");
        other(ZX, "Tilt .*", "tilt");
        met(ZX, "Air Temp\\. .*", "air_temperature");
        met(ZX, "Pressure .*", "air_pressure");
        met(ZX, "(MET|Horizontal) Wind Speed .*", "wind_speed");
        met(ZX, "(MET|Wind) Direction .*", "wind_direction");
        met(ZX, "Vertical Wind Speed .*", "vertical_wind_speed");
        met(ZX, "TI at .*", "wind_speed");
        other(ZX, "Proportion Of Packets With Rain .*", "precipitation");
        other(ZX, "Packets in Average .*", "availability");
        met(MAST_B, "Speed .*", "wind_speed");
        met(MAST_B, "Direction .*", "wind_direction");
        met(MAST_B, "Temperature .*", "air_temperature");
        met(MAST_B, "Pressure .*", "air_pressure");
        met(MAST_B, "Relative Humidity .*", "relative_humidity");
        other(MAST_B, "Battery .*", "voltage");
        met(DEMO2, "Spd.*", "wind_speed");
        met(DEMO2, "Dir.*", "wind_direction");
        met(DEMO2, "T2m", "air_temperature");
        met(DEMO2, "RH2m", "relative_humidity");
        met(DEMO2, "P2m", "air_pressure");
        other(DEMO2, "PrcpTot", "precipitation");
        other(DEMO2, "BattMin", "voltage");
    }

    @Test
    void everySampleChannelGetsTheExpectedTypeAndNoMetChannelIsLeftUntyped() {
        StringBuilder table = new StringBuilder(String.format("%-45s %-48s | %-28s %-12s %7s %6s %-6s%n",
                "sample", "channel", "measurement_type", "statistic", "height", "orient", "unit"));
        List<String> unlisted = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int met = 0;
        for (Map.Entry<String, List<Channel>> sample : SAMPLES.entrySet()) {
            for (Channel channel : sample.getValue()) {
                SensorMetadata m = rules.derive(channel);
                table.append(String.format("%-45s %-48s | %-28s %-12s %7s %6s %-6s%n", sample.getKey(), channel.name(),
                        m.measurementType(), m.statistic(), m.heightM(), m.orientationDeg(), m.unit()));
                Expect expect = EXPECTED.stream().filter(e -> e.sample.equals(sample.getKey())
                        && e.name.matcher(channel.name()).matches()).findFirst().orElse(null);
                String where = sample.getKey() + " " + channel.name();
                if (expect == null) {
                    unlisted.add(where);
                    continue;
                }
                if (expect.kind == Kind.MET) {
                    met++;
                }
                if (!java.util.Objects.equals(expect.type, m.measurementType())
                        || (expect.kind == Kind.MET && m.measurementType() == null)) {
                    wrong.add(where + ": expected " + expect.type + ", derived " + m.measurementType());
                }
                if (expect.kind == Kind.GAP) {
                    gaps.add(where + " (" + expect.why + ")");
                }
            }
        }
        System.out.println(table);
        System.out.println("met channels typed: " + met + "; known gaps without type:");
        gaps.forEach(g -> System.out.println("  " + g));
        assertThat(unlisted).as("sample channels nobody has classified").isEmpty();
        assertThat(wrong).as("channels typed differently than expected").isEmpty();
        assertThat(met).isGreaterThan(200);
        assertThat(gaps).hasSize(1);
    }
}
