package io.loggerflow.bench.generate;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What to generate. The same spec always gives byte-identical output.
 *
 * @param loggers         number of loggers (met masts) of the site
 * @param sensors         sensors per logger; each has four statistics (Avg, SD, Min, Max)
 * @param days            days per logger, from {@code start}
 * @param start           first day (UTC)
 * @param seed            seed of all randomness
 * @param format          file format of the day files
 * @param packing         loose files or zip archives
 * @param missingFraction share of value cells written as missing (NAN / blank)
 * @param site            site name; it prefixes logger names, so it must be usable in file names
 */
public record GeneratorSpec(int loggers, int sensors, int days, LocalDate start, long seed, FileFormat format,
                            Packing packing, double missingFraction, String site) {
    public static final LocalDate DEFAULT_START = LocalDate.of(2019, 1, 1);
    public static final double DEFAULT_MISSING_FRACTION = 0.002;
    public static final String DEFAULT_SITE = "bench";
    /** Sensor heights stay distinct up to this many sensors per mast (see {@link MastLayout}). */
    public static final int MAX_SENSORS = 150;

    private static final Pattern SITE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    public GeneratorSpec {
        require(loggers >= 1 && loggers <= 9999, "loggers must be 1..9999");
        require(sensors >= 1 && sensors <= MAX_SENSORS, "sensors must be 1.." + MAX_SENSORS);
        require(days >= 1 && days <= 36_600, "days must be 1..36600");
        require(start != null && format != null && packing != null && site != null, "start, format, packing and site are required");
        // zip entries carry DOS timestamps, which cover 1980..2107
        require(start.getYear() >= 1980 && start.plusDays(days).getYear() <= 2100, "the days must lie within 1980..2100");
        require(missingFraction >= 0 && missingFraction <= 0.5, "missingFraction must be 0..0.5");
        require(SITE_NAME.matcher(site).matches(), "site must be letters, digits, '_' or '-' (at most 40)");
    }

    /** A spec with the default start date, missing fraction and site name. */
    public static GeneratorSpec of(int loggers, int sensors, int days, long seed, FileFormat format, Packing packing) {
        return new GeneratorSpec(loggers, sensors, days, DEFAULT_START, seed, format, packing,
                DEFAULT_MISSING_FRACTION, DEFAULT_SITE);
    }

    public GeneratorSpec withSeed(long newSeed) {
        return new GeneratorSpec(loggers, sensors, days, start, newSeed, format, packing, missingFraction, site);
    }

    public GeneratorSpec withFormat(FileFormat newFormat) {
        return new GeneratorSpec(loggers, sensors, days, start, seed, newFormat, packing, missingFraction, site);
    }

    public GeneratorSpec withPacking(Packing newPacking) {
        return new GeneratorSpec(loggers, sensors, days, start, seed, format, newPacking, missingFraction, site);
    }

    /** Every day file holds 144 ten-minute rows. */
    public long rows() {
        return (long) loggers * days * TenMinuteDay.ROWS;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
