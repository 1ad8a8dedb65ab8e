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
 * The cleaning of one file's sensors over one slice of an export, in which no calibration or flag starts or
 * ends: the sensors to read (flagged ones are not read at all) and, for each calibrated sensor, how its values
 * are mapped (kind, scale, shift, and the point's average sensor for a recomputed ti). The database decides it
 * once per slice ({@code cleaning_slice.sql}, which states the rules); the exporter applies it to each reading
 * as it streams, so a cleaned slice is read by the uncleaned query and its rows cost a binary search more.
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

    private SliceCleaning(int[] kept, int[] calibrated, Kind[] kinds, double[] scales, double[] shifts,
                          int[] averages) {
        this.kept = kept;
        this.calibrated = calibrated;
        this.kinds = kinds;
        this.scales = scales;
        this.shifts = shifts;
        this.averages = averages;
    }

    /** Nothing to clean: every sensor is read as stored. */
    static SliceCleaning none(int[] sensors) {
        int[] sorted = sensors.clone();
        Arrays.sort(sorted);
        return new SliceCleaning(sorted, new int[0], new Kind[0], new double[0], new double[0], new int[0]);
    }

    static SliceCleaning load(Connection connection, Array sensors, ExportRange slice) throws SQLException {
        List<Integer> kept = new ArrayList<>();
        List<Integer> calibrated = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        List<Double> shifts = new ArrayList<>();
        List<Integer> averages = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("cleaning_slice"))) {
            Timestamp from = Timestamp.from(slice.from());
            for (int i = 1; i <= 4; i++) {
                statement.setTimestamp(i, from);
            }
            statement.setArray(5, sensors);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) { // ordered by sensor id: the arrays below are sorted for binary search
                    if (rs.getBoolean(2)) {
                        continue;
                    }
                    kept.add(rs.getInt(1));
                    if (!rs.getString(3).equals("none")) {
                        calibrated.add(rs.getInt(1));
                        kinds.add(Kind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)));
                        scales.add(rs.getDouble(4));
                        shifts.add(rs.getDouble(5));
                        int average = rs.getInt(6);
                        averages.add(rs.wasNull() ? NO_AVERAGE : average);
                    }
                }
            }
        }
        return new SliceCleaning(ints(kept), ints(calibrated), kinds.toArray(Kind[]::new),
                scales.stream().mapToDouble(Double::doubleValue).toArray(),
                shifts.stream().mapToDouble(Double::doubleValue).toArray(), ints(averages));
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
