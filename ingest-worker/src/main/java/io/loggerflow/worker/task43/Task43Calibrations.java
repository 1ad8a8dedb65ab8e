package io.loggerflow.worker.task43;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How one measurement point's calibrations become rows of today's per-column calibrations table: for every
 * logger configuration (the slope/offset the logger was programmed with, over its period) and every sensor
 * installed during part of it with a calibration certificate, each of the configuration's columns gets the
 * certificate's slope/offset over the logger's, over the overlap of the two periods. The only place that knows
 * this mapping, so it can move to per-measurement-point calibrations in one step.
 * <ul>
 *   <li>Means, minima, maxima and gusts are linear in the reading: the whole transfer function applies.</li>
 *   <li>A standard deviation scales with the slope only, so its offsets are 0 (nothing when the slopes agree).</li>
 *   <li>Other statistics (counts, turbulence intensity, text...) are not re-calibrated.</li>
 *   <li>Nothing is planned where the logger already applies the certificate (same slope and offset).</li>
 *   <li>Of several certificates of one sensor, the latest {@code date_of_calibration} (else the last listed) applies.</li>
 * </ul>
 */
final class Task43Calibrations {
    private static final Set<String> LINEAR = Set.of("avg", "min", "max", "gust");
    private static final double SAME = 1e-12;

    private Task43Calibrations() {
    }

    static List<PlannedCalibration> of(JsonNode point, String pointPath, DocumentTimes times) {
        List<PlannedCalibration> planned = new ArrayList<>();
        JsonNode configs = point.path("logger_measurement_config");
        JsonNode sensors = point.path("sensor");
        for (int c = 0; c < configs.size(); c++) {
            JsonNode config = configs.get(c);
            String configPath = pointPath + ".logger_measurement_config[" + c + "]";
            Instant configFrom = times.parse(text(config, "date_from"), configPath + ".date_from");
            Instant configTo = times.parse(text(config, "date_to"), configPath + ".date_to");
            Double loggerSlope = number(config, "slope");
            Double loggerOffset = number(config, "offset");
            if (loggerSlope == null && loggerOffset != null) {
                loggerSlope = 1.0; // an offset alone: the logger's slope is one
            }
            if (loggerSlope != null && loggerOffset == null) {
                loggerOffset = 0.0;
            }
            if (loggerSlope != null && loggerSlope == 0) {
                throw new IllegalArgumentException(configPath + ".slope: a logger slope of 0 cannot be undone");
            }
            for (int s = 0; s < sensors.size(); s++) {
                JsonNode sensor = sensors.get(s);
                String sensorPath = pointPath + ".sensor[" + s + "]";
                Instant from = later(configFrom, times.parse(text(sensor, "date_from"), sensorPath + ".date_from"));
                Instant to = earlier(configTo, times.parse(text(sensor, "date_to"), sensorPath + ".date_to"));
                int certificate = latestCertificate(sensor.path("calibration"));
                if (certificate < 0 || (to != null && !to.isAfter(from))) {
                    continue;
                }
                JsonNode cert = sensor.path("calibration").get(certificate);
                double slope = cert.get("slope").asDouble();
                double offset = cert.get("offset").asDouble();
                if (loggerSlope != null && Math.abs(slope - loggerSlope) < SAME && Math.abs(offset - loggerOffset) < SAME) {
                    continue;
                }
                String path = configPath + " with " + sensorPath + ".calibration[" + certificate + "]";
                JsonNode columns = config.path("column_name");
                for (int k = 0; k < columns.size(); k++) {
                    JsonNode column = columns.get(k);
                    String statistic = text(column, "statistic_type_id");
                    if (column.path("is_ignored").asBoolean(false) || statistic == null) {
                        continue;
                    }
                    String name = column.path("column_name").asText();
                    if (LINEAR.contains(statistic)) {
                        planned.add(new PlannedCalibration(name, path, from, to, slope, offset, loggerSlope,
                                loggerOffset));
                    } else if (statistic.equals("sd") && !(loggerSlope != null && Math.abs(slope - loggerSlope) < SAME)) {
                        planned.add(new PlannedCalibration(name, path, from, to, slope, 0, loggerSlope,
                                loggerSlope == null ? null : 0.0));
                    }
                }
            }
        }
        return planned;
    }

    /** The certificate with a slope and an offset that was issued last; -1 when there is none. */
    private static int latestCertificate(JsonNode certificates) {
        int best = -1;
        String bestDate = null;
        for (int i = 0; i < certificates.size(); i++) {
            JsonNode cert = certificates.get(i);
            if (number(cert, "slope") == null || number(cert, "offset") == null) {
                continue;
            }
            String date = text(cert, "date_of_calibration");
            if (best < 0 || bestDate == null || (date != null && date.compareTo(bestDate) >= 0)) {
                best = i;
                bestDate = date;
            }
        }
        return best;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** The earlier end, null meaning open. */
    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
