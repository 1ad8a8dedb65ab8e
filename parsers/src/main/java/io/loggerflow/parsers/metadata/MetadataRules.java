package io.loggerflow.parsers.metadata;

import io.loggerflow.parsers.Channel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives IEA Task 43 metadata of a channel from what its header states, with rules read from the resources
 * {@code measurement-types.tsv}, {@code statistics.tsv}, {@code units.tsv} and {@code name-heights.tsv} next to
 * this class. Header facts beat what the column name suggests; see package-info for the precedence.
 */
public final class MetadataRules {
    private final List<Rule> sensorTypes = new ArrayList<>();
    private final List<Rule> nameTypes = new ArrayList<>();
    private final List<Rule> unitTypes = new ArrayList<>();
    private final Map<String, String> statisticTokens = new HashMap<>();
    private final List<Rule> statisticNames = new ArrayList<>();
    private final Map<String, String> units = new HashMap<>();
    private final List<Pattern> heights = new ArrayList<>();

    private MetadataRules(List<RuleFile.Row> types, List<RuleFile.Row> statistics, List<RuleFile.Row> unitRows,
                          List<RuleFile.Row> heightRows) {
        for (RuleFile.Row row : types) {
            Rule rule = new Rule(row.pattern(2, true), row.field(1));
            switch (row.field(0)) {
                case "sensor" -> sensorTypes.add(rule);
                case "name" -> nameTypes.add(rule);
                case "unit" -> unitTypes.add(rule);
                default -> throw row.error("source must be sensor, name or unit, not '" + row.field(0) + "'");
            }
        }
        for (RuleFile.Row row : statistics) {
            switch (row.field(0)) {
                case "token" -> {
                    if (statisticTokens.put(tokenKey(row.field(1)), row.field(2)) != null) {
                        throw row.error("token '" + row.field(1) + "' is listed twice");
                    }
                }
                case "name" -> statisticNames.add(new Rule(row.pattern(1, true), row.field(2)));
                default -> throw row.error("kind must be token or name, not '" + row.field(0) + "'");
            }
        }
        for (RuleFile.Row row : unitRows) {
            if (units.put(row.field(0), row.field(1)) != null) {
                throw row.error("unit '" + row.field(0) + "' is listed twice");
            }
        }
        for (RuleFile.Row row : heightRows) {
            Pattern pattern = row.pattern(0, false);
            if (pattern.matcher("").groupCount() < 1) {
                throw row.error("a height regex needs a group for the number");
            }
            heights.add(pattern);
        }
    }

    /** The rules shipped with this library, loaded once. */
    public static MetadataRules standard() {
        return Standard.RULES;
    }

    private static final class Standard {
        static final MetadataRules RULES = new MetadataRules(
                RuleFile.resource("measurement-types.tsv", 3), RuleFile.resource("statistics.tsv", 3),
                RuleFile.resource("units.tsv", 2), RuleFile.resource("name-heights.tsv", 1));
    }

    /** Rules from the given rows (for tests of the rule-file handling). */
    static MetadataRules of(List<RuleFile.Row> types, List<RuleFile.Row> statistics, List<RuleFile.Row> unitRows,
                            List<RuleFile.Row> heightRows) {
        return new MetadataRules(types, statistics, unitRows, heightRows);
    }

    /** The Task 43 metadata of a channel; fields that cannot be derived are null. Never throws. */
    public SensorMetadata derive(Channel channel) {
        if (channel == null) {
            return SensorMetadata.UNKNOWN;
        }
        String name = channel.name();
        String unit = unit(channel.unit());
        return new SensorMetadata(measurementType(name, channel.sensorType(), unit), statistic(name, channel.statistic()),
                height(name, channel.heightM()), finite(channel.orientationDeg()), unit);
    }

    /** The measurement_units_id of a raw unit spelling, or null when the spelling is not known. */
    public String unit(String raw) {
        return raw == null ? null : units.get(raw.strip());
    }

    private String measurementType(String name, String sensorType, String unit) {
        for (String found : new String[]{Rule.first(sensorTypes, clean(sensorType)), Rule.first(nameTypes, name),
                Rule.first(unitTypes, unit)}) {
            if (found != null) {
                return Rule.STOP.equals(found) ? null : found;
            }
        }
        return null;
    }

    private String statistic(String name, String stated) {
        String token = stated == null ? null : statisticTokens.get(tokenKey(stated));
        if (token == null || Rule.GO_ON.equals(token)) {
            token = Rule.first(statisticNames, name);
        }
        return token == null || Rule.STOP.equals(token) || Rule.GO_ON.equals(token) ? null : token;
    }

    private Double height(String name, Double stated) {
        Double fact = finite(stated);
        if (fact != null) {
            return fact;
        }
        if (name == null) {
            return null;
        }
        Double found = null;
        for (Pattern pattern : heights) {
            Matcher m = pattern.matcher(name);
            while (m.find()) {
                double value;
                try {
                    value = Double.parseDouble(m.group(1));
                } catch (NumberFormatException | NullPointerException e) {
                    return null;
                }
                if (!Double.isFinite(value) || (found != null && found != value)) {
                    return null;
                }
                found = value;
            }
        }
        return found;
    }

    private static Double finite(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }

    private static String clean(String text) {
        return text == null ? null : text.strip();
    }

    private static String tokenKey(String token) {
        return token.strip().toLowerCase(Locale.ROOT);
    }
}
