package io.loggerflow.parsers.kintech;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loggerflow.parsers.InputFormatException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata line of an Atlas output data file: '#'-separated fields (signature, version, time zone, date format,
 * list separator, decimal separator, field separator, site name, site id, logger serial, session id), then the
 * channel definitions as a JSON array, and a closing '#'.
 *
 * @param zone      the clock as stated ({@code UTC+00:00:00}), maybe blank
 * @param decimal   the decimal separator as stated, maybe blank
 * @param separator the field separator as stated (a blank in the files seen), maybe empty
 * @param site      the site name, maybe blank
 * @param serial    the logger serial number, maybe blank
 * @param channels  the definitions by {@code ColumnPrefix} ({@code FRQ(1)}, {@code ANL(3)}, {@code Battery})
 */
record KintechHeader(String version, String zone, String decimal, String separator, String site, String serial,
                     Map<String, Definition> channels) {
    private static final int FIELDS_BEFORE_CHANNELS = 11;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One channel as the logger configuration declares it.
     *
     * @param name           the configured name ({@code F1_WS_100_0_A100L2/LK}); may differ from the column header's
     *                       spelling (a blank for an underscore), so columns are matched by prefix, not by name
     * @param heightM        the declared height, null when 0 or absent
     * @param orientationDeg the declared orientation, null when absent
     */
    record Definition(String name, String unit, Double heightM, Double orientationDeg) {
    }

    static KintechHeader parse(String text, String fileName, long line) {
        String[] fields = text.split("#", FIELDS_BEFORE_CHANNELS + 1);
        if (fields.length <= FIELDS_BEFORE_CHANNELS) {
            throw new InputFormatException(fileName, line, null, "the metadata line has " + fields.length
                    + " '#'-separated fields, expected " + (FIELDS_BEFORE_CHANNELS + 1) + " (the last the channel list)");
        }
        String list = fields[FIELDS_BEFORE_CHANNELS].strip();
        if (list.endsWith("#")) {
            list = list.substring(0, list.length() - 1);
        }
        return new KintechHeader(fields[1], fields[2], fields[5], fields[6], fields[7], fields[9],
                definitions(list, fileName, line));
    }

    private static Map<String, Definition> definitions(String list, String fileName, long line) {
        JsonNode array;
        try {
            array = JSON.readTree(list);
        } catch (JacksonException e) {
            throw new InputFormatException(fileName, line, null, "the channel list is not JSON: "
                    + e.getOriginalMessage());
        }
        if (array == null || !array.isArray()) {
            throw new InputFormatException(fileName, line, null, "the channel list is not a JSON array");
        }
        Map<String, Definition> byPrefix = new HashMap<>();
        for (JsonNode entry : array) {
            String prefix = entry.path("ColumnPrefix").asText("").strip();
            if (prefix.isEmpty()) {
                throw new InputFormatException(fileName, line, null, "a channel definition has no ColumnPrefix");
            }
            String unit = entry.path("Units").asText("").strip();
            Double height = number(entry.get("Height"));
            boolean placed = height != null && height != 0; // the battery is declared at 0 m, orientation 0
            byPrefix.put(prefix, new Definition(entry.path("Name").asText(prefix), unit.isEmpty() ? null : unit,
                    placed ? height : null, placed ? number(entry.get("Orientation")) : null));
        }
        return byPrefix;
    }

    private static Double number(JsonNode node) {
        return node != null && node.isNumber() ? node.asDouble() : null;
    }

    Optional<Definition> channel(String prefix) {
        return Optional.ofNullable(channels.get(prefix));
    }
}
