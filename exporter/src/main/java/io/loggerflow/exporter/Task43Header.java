package io.loggerflow.exporter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;

/**
 * The JSON header of the task43 layout (IEA Wind Task 43 floating lidar file format): the station and its
 * logger, the averaging period and what the time stamps mean. What is unknown is left out rather than
 * guessed, so a station without a known location or type (set by {@code task43 import}) gives a header that
 * the format's schema refuses for the missing properties only.
 */
final class Task43Header {
    /** The release of the floating lidar file format this header follows. */
    static final String FORMAT_VERSION = "1.0.0-2025.06";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Task43Header() {
    }

    static ObjectNode of(ExportPlan plan, Station station, ExportFormat format) {
        SourceKey key = plan.source().key();
        ObjectNode header = JSON.createObjectNode();
        header.put("format_version", FORMAT_VERSION);
        header.put("station_serial_number", station.serial() != null ? station.serial() : key.logger());
        header.put("name", key.site());
        if (station.latitude() != null && station.longitude() != null) {
            header.put("latitude_ddeg", station.latitude());
            header.put("longitude_ddeg", station.longitude());
        }
        if (station.stationType() != null) {
            header.put("measurement_station_type", station.stationType());
        }
        header.put("notes", "Exported by loggerflow from source " + key + ", " + plan.range().from() + " (inclusive) to "
                + plan.range().to() + " (exclusive); calibrations applied, flagged readings "
                + (format.missing().isEmpty() ? "left empty" : "written as " + format.missing()) + ".");
        ObjectNode logger = header.putArray("logger_main_config").addObject();
        logger.put("logger_oem", "Unknown");
        if (station.model() != null) {
            logger.put("logger_model_name", station.model());
        }
        logger.put("logger_serial_number", station.serial() != null ? station.serial() : "");
        logger.put("logger_name", key.logger());
        logger.put("offset_from_utc_hrs", 0.0);
        logger.put("averaging_period_minutes", plan.interval().toMinutes());
        logger.put("timestamp_is_end_of_period", false);
        return header;
    }

    static void write(Writer out, ObjectNode header) throws IOException {
        out.write(JSON.writeValueAsString(header).replace("\r\n", "\n").replace("\n", "\r\n"));
        out.write("\r\n");
    }
}
