package io.loggerflow.worker.task43;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How one measurement point's calibrations become calibrations of the point (all its columns, each by its
 * statistic when exported), as the standard's structure has them: the logger's programmed slope/offset
 * belongs to a {@code logger_measurement_config} of the point (with its period), the certificate to a
 * {@code sensor} installed at the point (with its period), a vane's dead band to a {@code mounting_arrangement}.
 * <ul>
 *   <li>An anemometer (or any linear measurement): for every logger configuration and every sensor installed
 *   during part of it with a certificate, the certificate's slope/offset over the logger's, over the overlap
 *   of the two periods; nothing where the logger already applies the certificate (same slope and offset).
 *   Of several certificates of one sensor, the latest {@code date_of_calibration} (else the last listed) applies.</li>
 *   <li>A wind vane: for every logger configuration and mounting arrangement with a dead-band orientation, the
 *   direction offset {@code deadband - logger offset} (added modulo 360 at export), over the overlap; nothing
 *   when it is a whole turn. A vane's certificate is not a linear calibration (the database refuses one).</li>
 * </ul>
 */
final class Task43Calibrations {
    private static final double SAME = 1e-12;

    private Task43Calibrations() {
    }

    static List<PlannedCalibration> of(JsonNode point, String pointName, String pointPath, DocumentTimes times) {
        List<PlannedCalibration> planned = new ArrayList<>();
        boolean vane = "wind_direction".equals(text(point, "measurement_type_id"));
        JsonNode configs = point.path("logger_measurement_config");
        for (int c = 0; c < configs.size(); c++) {
            JsonNode config = configs.get(c);
            String configPath = pointPath + ".logger_measurement_config[" + c + "]";
            Instant configFrom = times.parse(text(config, "date_from"), configPath + ".date_from");
            Instant configTo = times.parse(text(config, "date_to"), configPath + ".date_to");
            if (vane) {
                planned.addAll(directionOffsets(point, pointName, pointPath, times, config, configPath, configFrom,
                        configTo));
            } else {
                planned.addAll(certificates(point, pointName, pointPath, times, config, configPath, configFrom,
                        configTo));
            }
        }
        return planned;
    }

    private static List<PlannedCalibration> certificates(JsonNode point, String pointName, String pointPath,
                                                         DocumentTimes times, JsonNode config, String configPath,
                                                         Instant configFrom, Instant configTo) {
        List<PlannedCalibration> planned = new ArrayList<>();
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
        JsonNode sensors = point.path("sensor");
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
            planned.add(PlannedCalibration.linear(pointName, configPath + " with " + sensorPath + ".calibration["
                    + certificate + "]", from, to, slope, offset, loggerSlope, loggerOffset));
        }
        return planned;
    }

    private static List<PlannedCalibration> directionOffsets(JsonNode point, String pointName, String pointPath,
                                                             DocumentTimes times, JsonNode config, String configPath,
                                                             Instant configFrom, Instant configTo) {
        List<PlannedCalibration> planned = new ArrayList<>();
        double loggerOffset = number(config, "offset") == null ? 0 : number(config, "offset");
        JsonNode mountings = point.path("mounting_arrangement");
        for (int m = 0; m < mountings.size(); m++) {
            JsonNode mounting = mountings.get(m);
            Double deadBand = number(mounting, "vane_dead_band_orientation_deg");
            String mountingPath = pointPath + ".mounting_arrangement[" + m + "]";
            Instant from = later(configFrom, times.parse(text(mounting, "date_from"), mountingPath + ".date_from"));
            Instant to = earlier(configTo, times.parse(text(mounting, "date_to"), mountingPath + ".date_to"));
            if (deadBand == null || (to != null && !to.isAfter(from))) {
                continue;
            }
            double degrees = deadBand - loggerOffset;
            if (Math.abs(degrees - 360 * Math.rint(degrees / 360)) < SAME) {
                continue;
            }
            planned.add(PlannedCalibration.directionOffset(pointName, configPath + " with " + mountingPath, from, to,
                    degrees));
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
