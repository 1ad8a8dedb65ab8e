package io.loggerflow.worker.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * How the value of a configuration key is written and checked. Values are parsed once, when the settings
 * are built, so a bad value stops the program at start instead of when the first file arrives.
 */
sealed interface ValueType {
    /**
     * @param name    the key as the user should read it in an error (e.g. {@code workers (LOGGERFLOW_WORKERS)})
     * @param value   the trimmed, non-blank text
     * @param baseDir the folder relative paths are resolved against
     * @throws ConfigException naming {@code name} when the value is not valid
     */
    Object parse(String name, String value, Path baseDir);

    static ValueType text() {
        return new Text();
    }

    static ValueType wholeNumber(int min, int max) {
        return new WholeNumber(min, max);
    }

    static ValueType span(ChronoUnit unit, int min, int max) {
        return new Span(unit, new WholeNumber(min, max));
    }

    static ValueType bool() {
        return new Bool();
    }

    static ValueType oneOf(String... choices) {
        return new Choice(List.of(choices));
    }

    static ValueType path() {
        return new FilePath();
    }

    static ValueType zone() {
        return new Zone();
    }

    static ValueType siteName() {
        return new SiteName();
    }

    static ValueType percent(double min, double max) {
        return new Percent(min, max);
    }

    record Text() implements ValueType {
        @Override
        public Object parse(String name, String value, Path baseDir) {
            return value;
        }
    }

    record WholeNumber(int min, int max) implements ValueType {
        @Override
        public Integer parse(String name, String value, Path baseDir) {
            int parsed;
            try {
                parsed = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new ConfigException(name + " must be a whole number, not '" + value + "'");
            }
            if (parsed < min || parsed > max) {
                throw new ConfigException(name + " must be between " + min + " and " + max + ", not " + value);
            }
            return parsed;
        }
    }

    /** A duration written as a whole number of one unit; the key's name says which (e.g. {@code watch.quiet-ms}). */
    record Span(ChronoUnit unit, WholeNumber amount) implements ValueType {
        @Override
        public Duration parse(String name, String value, Path baseDir) {
            return Duration.of(amount.parse(name, value, baseDir), unit);
        }
    }

    /** One of a few words, case-insensitive; parsed to the lower-case word. */
    record Choice(List<String> choices) implements ValueType {
        @Override
        public String parse(String name, String value, Path baseDir) {
            String word = value.toLowerCase(Locale.ROOT);
            if (!choices.contains(word)) {
                throw new ConfigException(name + " must be " + String.join(" or ", choices) + ", not '" + value + "'");
            }
            return word;
        }
    }

    /**
     * A share written as a percentage with its sign, e.g. {@code 10%} or {@code 2.5%} (the sign is required, so
     * {@code 0.1} is never misread as 10 %); parsed to the fraction ({@code 0.10}).
     */
    record Percent(double min, double max) implements ValueType {
        @Override
        public Double parse(String name, String value, Path baseDir) {
            double percent;
            try {
                if (!value.endsWith("%")) {
                    throw new NumberFormatException();
                }
                percent = Double.parseDouble(value.substring(0, value.length() - 1).trim());
            } catch (NumberFormatException e) {
                throw new ConfigException(name + " must be a percentage such as 10%, not '" + value + "'");
            }
            if (!(percent >= min && percent <= max)) {
                throw new ConfigException(name + " must be between " + shown(min) + "% and " + shown(max)
                        + "%, not " + value);
            }
            return percent / 100;
        }

        private static String shown(double percent) {
            return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
        }
    }

    record Bool() implements ValueType {
        private static final Choice WORDS = new Choice(List.of("true", "false"));

        @Override
        public Boolean parse(String name, String value, Path baseDir) {
            return Boolean.parseBoolean(WORDS.parse(name, value, baseDir));
        }
    }

    record FilePath() implements ValueType {
        @Override
        public Path parse(String name, String value, Path baseDir) {
            try {
                return baseDir.resolve(value).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw new ConfigException(name + " is not a valid path: '" + value + "'");
            }
        }
    }

    record Zone() implements ValueType {
        @Override
        public ZoneId parse(String name, String value, Path baseDir) {
            try {
                return ZoneId.of(value);
            } catch (RuntimeException e) {
                throw new ConfigException(name + " is not a time zone: '" + value
                        + "' (use e.g. UTC, UTC+02:00, Europe/Madrid)");
            }
        }
    }

    record SiteName() implements ValueType {
        @Override
        public String parse(String name, String value, Path baseDir) {
            return Identifiers.requireSiteName(value, name);
        }
    }
}
