package io.loggerflow.exporter;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The cleaning of one file's sensors over one slice of an export, in which no calibration starts or ends: the
 * sensors to read (those flagged over the whole slice are not read at all), the flag windows inside it, and,
 * for each calibrated sensor, how its values are mapped (kind, scale, shift, and the point's average sensor
 * for a recomputed ti). The database decides it once per slice ({@code cleaning_slice.sql}, which states the
 * rules, and {@code flag_windows.sql}); the exporter applies it to each reading as it streams, so a cleaned
 * slice is read by the uncleaned query and its rows cost a binary search or two more.
 */
final class SliceCleaning {
    /** How a calibrated sensor's values are mapped (cleaning_slice.sql's kinds). */
    enum Kind { MAP, SCALE, TURN, TI }

    private static final int NO_AVERAGE = -1;

    private final int[] kept;
    private final int[] calibrated;
    private final Kind[] kinds;
    private final double[] scales;
    private final double[] shifts;
    private final int[] averages;
    private final FlagWindows flags;

    private SliceCleaning(int[] kept, int[] calibrated, Kind[] kinds, double[] scales, double[] shifts,
                          int[] averages, FlagWindows flags) {
        this.kept = kept;
        this.calibrated = calibrated;
        this.kinds = kinds;
        this.scales = scales;
        this.shifts = shifts;
        this.averages = averages;
        this.flags = flags;
    }

    /** Nothing to clean: every sensor is read as stored. */
    static SliceCleaning none(int[] sensors) {
        int[] sorted = sensors.clone();
        Arrays.sort(sorted);
        return new SliceCleaning(sorted, new int[0], new Kind[0], new double[0], new double[0], new int[0],
                FlagWindows.NONE);
    }

    static SliceCleaning load(Connection connection, Array sensors, ExportRange slice) throws SQLException {
        Timestamp from = Timestamp.from(slice.from());
        Timestamp to = Timestamp.from(slice.to());
        List<Integer> windowSensors = new ArrayList<>();
        List<Long> windowFrom = new ArrayList<>();
        List<Long> windowTo = new ArrayList<>();
        List<Integer> wholeSlice = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("flag_windows"))) {
            statement.setTimestamp(1, from);
            statement.setTimestamp(2, to);
            statement.setArray(3, sensors);
            statement.setTimestamp(4, to);
            statement.setTimestamp(5, from);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long start = rs.getTimestamp(2).getTime();
                    long end = rs.getTimestamp(3).getTime();
                    if (start <= from.getTime() && end >= to.getTime()) {
                        wholeSlice.add(rs.getInt(1)); // flagged throughout: not read at all
                    } else {
                        windowSensors.add(rs.getInt(1));
                        windowFrom.add(start);
                        windowTo.add(end);
                    }
                }
            }
        }
        List<Integer> kept = new ArrayList<>();
        List<Integer> calibrated = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        List<Double> shifts = new ArrayList<>();
        List<Integer> averages = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("cleaning_slice"))) {
            statement.setTimestamp(1, from);
            statement.setTimestamp(2, from);
            statement.setArray(3, sensors);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) { // ordered by sensor id: the arrays below are sorted for binary search
                    if (wholeSlice.contains(rs.getInt(1))) {
                        continue;
                    }
                    kept.add(rs.getInt(1));
                    if (!rs.getString(2).equals("none")) {
                        calibrated.add(rs.getInt(1));
                        kinds.add(Kind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)));
                        scales.add(rs.getDouble(3));
                        shifts.add(rs.getDouble(4));
                        int average = rs.getInt(5);
                        averages.add(rs.wasNull() ? NO_AVERAGE : average);
                    }
                }
            }
        }
        int[] keptIds = ints(kept);
        return new SliceCleaning(keptIds, ints(calibrated), kinds.toArray(Kind[]::new),
                scales.stream().mapToDouble(Double::doubleValue).toArray(),
                shifts.stream().mapToDouble(Double::doubleValue).toArray(), ints(averages),
                new FlagWindows(keptIds, ints(windowSensors), windowFrom.stream().mapToLong(Long::longValue).toArray(),
                        windowTo.stream().mapToLong(Long::longValue).toArray()));
    }

    /** The sensors to write, sorted. */
    int[] kept() {
        return kept;
    }

    /** The sensors to read, sorted: the kept ones and the averages a recomputed ti needs (flagged or not). */
    int[] read() {
        IntStream tiAverages = IntStream.range(0, calibrated.length).filter(i -> kinds[i] == Kind.TI)
                .map(i -> averages[i]).filter(id -> id != NO_AVERAGE);
        return IntStream.concat(Arrays.stream(kept), tiAverages).sorted().distinct().toArray();
    }

    boolean calibrates() {
        return calibrated.length > 0;
    }

    /** Whether readings are mapped or skipped as they stream (else they pass as stored). */
    boolean cleansReadings() {
        return calibrates() || flags.any();
    }

    /** Whether a kept sensor's reading at {@code stamp} lies in a flag window (call in time order). */
    boolean flagged(long stamp, int sensorId) {
        return flags.any() && flags.flagged(stamp, sensorId);
    }

    /** Whether a ti is recomputed, which needs its point's average of the same timestamp. */
    boolean recomputesTi() {
        return Arrays.asList(kinds).contains(Kind.TI);
    }

    boolean isKept(int sensorId) {
        return Arrays.binarySearch(kept, sensorId) >= 0;
    }

    /** The calibration's index for {@link #kind}, {@link #apply} and {@link #average}; negative when none. */
    int calibrationOf(int sensorId) {
        return Arrays.binarySearch(calibrated, sensorId);
    }

    Kind kind(int calibration) {
        return kinds[calibration];
    }

    /** The average sensor a ti's recomputation reads; negative when its point has none. */
    int average(int calibration) {
        return averages[calibration];
    }

    /** A stored value mapped by a calibration of kind map, scale or turn (the same arithmetic as SQL's). */
    double apply(int calibration, double value) {
        return switch (kinds[calibration]) {
            case MAP -> scales[calibration] * value + shifts[calibration];
            case SCALE -> scales[calibration] * value;
            case TURN -> turn(value, shifts[calibration]);
            case TI -> throw new IllegalStateException("a ti is recomputed with its average: see correctedTi");
        };
    }

    /**
     * A ti recomputed from the corrected pair: ti' = sd'/avg' = ti * scale / (scale + shift / avg); NaN when
     * the average is zero or the corrected average is (the reading is left out).
     */
    double correctedTi(int calibration, double ti, double average) {
        if (average == 0) {
            return Double.NaN;
        }
        double denominator = scales[calibration] + shifts[calibration] / average;
        return denominator == 0 ? Double.NaN : ti * scales[calibration] / denominator;
    }

    /** A direction turned by an offset, modulo 360 (as loggerflow_turn in the schema). */
    static double turn(double direction, double offsetDegrees) {
        double turned = direction + offsetDegrees;
        return turned - 360 * Math.floor(turned / 360);
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
