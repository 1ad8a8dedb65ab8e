package io.loggerflow.worker.load;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.TableIntervals;
import io.loggerflow.worker.config.BadRows;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A file whose format is known and whose rows have been read once for their stamps: the loader needs the
 * time range before it writes (partitions to create, overlap to check), and a file that cannot be loaded is
 * refused before any transaction starts. A small file's values are read by the scan too and held
 * ({@link HeldRows}); a larger file's are parsed during the load pass.
 * <p>
 * The scan decides which rows are left out for their row or stamp (bad rows, stamps years away from the
 * file's main time window); the load pass leaves out exactly those again (readers are deterministic, and
 * held rows are only the kept ones) plus rows with a bad cell, which only the load accounts for. Rows out
 * of time order are loaded; each step back is noted.
 * <p>
 * Stored timestamps mark the <b>start</b> of the averaging interval: rows a format stamps at the interval's
 * end are shifted back by the interval (as the header or option {@code interval} states it, else the file's
 * usual step between rows, else the source's stored step, else the interval the table's name states).
 *
 * @param account         rows seen and left out by the scan
 * @param window          raw stamps outside it are left out (clock resets)
 * @param needsDedupe     some stamp is not after its predecessor: the file may hold a stamp twice and must
 *                        be loaded through a path that keeps one reading per (sensor, stamp)
 * @param intervalUnknown END stamps whose interval neither the file nor its configuration tells: resolve it
 *                        with {@link #withStoredStep} before loading
 * @param shiftMillis     subtracted from every timestamp the reader reports
 * @param first           the earliest stored (normalised) timestamp
 * @param last            the latest stored (normalised) timestamp
 * @param held            the kept rows with their values, when the file is small enough to hold
 *                        ({@link HeldRows}): {@link #open()} then replays them instead of parsing again
 */
public record ParsedFile(InputSource source, LoggerFormat format, ParseSettings settings, BadRows badRows,
                         LoggerIdentity identity, RowAccount account, StampWindow.Range window, boolean needsDedupe,
                         StampPosition stampPosition, boolean intervalUnknown, long shiftMillis, Instant first,
                         Instant last, HeldRows held) {
    /** Distinct row steps remembered while looking for the usual one: logger files have one or two. */
    private static final int MAX_STEPS = 32;
    /** One file covering more than this is a clock problem; it would also create hundreds of partitions. */
    private static final long MAX_SPAN_MILLIS = 3653L * 86_400_000L;

    /** {@link #scan(InputSource, LoggerFormat, ParseSettings, BadRows)} with the default bad-row rules. */
    public static ParsedFile scan(InputSource source, LoggerFormat format, ParseSettings settings) throws IOException {
        return scan(source, format, settings, BadRows.DEFAULT);
    }

    /**
     * Reads the file's timestamps: once, or twice when some stamps lie years away from the rest (the second
     * pass leaves them out of the order checks and the step count).
     *
     * @throws InputFormatException when the header is malformed, the file has no data rows, too many bad
     *                              rows (or, with {@code bad-rows = fail}, one), or spans more than 10 years
     */
    public static ParsedFile scan(InputSource source, LoggerFormat format, ParseSettings settings, BadRows badRows)
            throws IOException {
        Pass pass = Pass.read(source, format, settings, badRows, StampWindow.Range.ALL);
        if (pass.account.rows() > 0 && !pass.histogram.allInMain()) {
            pass = Pass.read(source, format, settings, badRows, pass.histogram.main());
        }
        String name = source.name();
        if (pass.account.rows() == 0) {
            throw new InputFormatException(name, 0, null, "no data rows after the header");
        }
        pass.account.requireWithinShare(badRows, name);
        if (pass.min > pass.max) { // even a bad-rows-max-share of 100% needs one row to load
            throw new InputFormatException(name, 0, null, "none of its " + pass.account.rows() + " rows could be"
                    + " read; first: " + pass.account.firstSkipped().get(0));
        }
        if (pass.max - pass.min > MAX_SPAN_MILLIS) {
            throw new InputFormatException(name, 0, null, "its rows span " + (pass.max - pass.min) / 86_400_000L
                    + " days, more than 10 years: a logger clock reset (e.g. to 1990) or a wrong timestamp");
        }
        Long interval = null;
        if (pass.position == StampPosition.END) {
            interval = pass.statedInterval != null ? pass.statedInterval : configuredInterval(settings);
            if (interval == null) {
                interval = intervalFromSteps(pass.steps);
            }
        }
        boolean unknown = pass.position == StampPosition.END && interval == null;
        long shift = interval == null ? 0 : interval;
        return new ParsedFile(source, format, settings, badRows, pass.identity, pass.account, pass.window,
                pass.nonIncreasing, pass.position, unknown, shift, Instant.ofEpochMilli(pass.min - shift),
                Instant.ofEpochMilli(pass.max - shift), pass.held.complete() ? pass.held : null);
    }

    /**
     * Resolves an interval the file could not tell: the source's established step between stored readings,
     * else the interval the table's name states unambiguously ({@code Daily}, {@code Ten_Min}...).
     *
     * @param storedStep the usual step of the source's stored readings, if it has any
     * @throws InputFormatException when neither tells it
     */
    public ParsedFile withStoredStep(Optional<Duration> storedStep) {
        if (!intervalUnknown) {
            return this;
        }
        long shift = storedStep.or(() -> TableIntervals.fromName(identity.table())).map(Duration::toMillis)
                .filter(millis -> millis > 0)
                .orElseThrow(() -> new InputFormatException(source.name(), 0, null, "rows are stamped at the end of"
                        + " their interval, and neither the file nor the configuration states the interval, the rows"
                        + " are too few or too irregular to tell it (the shortest step must occur at least twice),"
                        + " the source has no stored readings to tell it, and the table's name does not state it:"
                        + " set option interval (minutes) for this folder"));
        return new ParsedFile(source, format, settings, badRows, identity, account, window, needsDedupe,
                stampPosition, false, shift, first.minusMillis(shift), last.minusMillis(shift), held);
    }

    /** Data rows of the file, loaded or left out. */
    public long rows() {
        return account.rows();
    }

    /** One read of the file's stamps. */
    private static final class Pass {
        final RowAccount account = new RowAccount();
        final StampWindow histogram = new StampWindow();
        final Map<Long, Integer> steps = new HashMap<>();
        StampWindow.Range window;
        LoggerIdentity identity;
        StampPosition position;
        Long statedInterval;
        HeldRows held;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean nonIncreasing;

        static Pass read(InputSource source, LoggerFormat format, ParseSettings settings, BadRows badRows,
                         StampWindow.Range window) throws IOException {
            Pass pass = new Pass();
            pass.window = window;
            try (RowReader reader = format.open(source, settings)) {
                requireUniqueNames(reader, source.name());
                pass.identity = reader.identity();
                pass.position = reader.stampPosition();
                pass.statedInterval = reader.interval().map(Duration::toMillis).orElse(null);
                pass.held = new HeldRows(reader);
                pass.rows(reader, source.name(), badRows);
            }
            return pass;
        }

        private void rows(RowReader reader, String name, BadRows badRows) throws IOException {
            long previous = 0;
            boolean any = false;
            while (true) {
                try {
                    if (!reader.next()) {
                        return;
                    }
                } catch (RowException e) {
                    if (!badRows.skip()) {
                        throw e;
                    }
                    for (int i = 0; i < e.rows(); i++) {
                        account.row();
                    }
                    account.skip(SkippedRow.Kind.ROW, e, e.rows());
                    continue;
                }
                account.row();
                long ts = reader.timestampMillis();
                if (!window.contains(ts)) {
                    leaveOutFarStamp(reader, name, badRows, ts);
                    continue;
                }
                histogram.add(ts);
                min = Math.min(min, ts);
                max = Math.max(max, ts);
                if (any) {
                    long step = ts - previous;
                    if (step <= 0) {
                        nonIncreasing = true;
                        if (step < 0) {
                            account.note("clock stepped back " + Durations.text(-step) + " at line "
                                    + reader.lineNumber());
                        }
                    } else if (steps.size() < MAX_STEPS || steps.containsKey(step)) {
                        steps.merge(step, 1, Integer::sum);
                    }
                }
                previous = ts;
                any = true;
                held.add(reader);
            }
        }

        private void leaveOutFarStamp(RowReader reader, String name, BadRows badRows, long ts) {
            String reason = "stamp " + Instant.ofEpochMilli(ts) + " lies years away from the file's other rows ("
                    + Instant.ofEpochMilli(window.from()) + " .. " + Instant.ofEpochMilli(window.to())
                    + "): a logger clock reset?";
            if (!badRows.skip()) {
                throw new InputFormatException(name, reader.lineNumber(), "TIMESTAMP", reason);
            }
            account.skip(new SkippedRow(SkippedRow.Kind.CLOCK_RESET, reader.lineNumber(), "TIMESTAMP", reason));
        }
    }

    /**
     * A logger table has one fixed interval; gaps only lengthen steps. So the interval is the shortest step,
     * trusted only when it occurs at least twice (a re-sent pair of distant records must not be read as a
     * long interval).
     */
    private static Long intervalFromSteps(Map<Long, Integer> steps) {
        return steps.entrySet().stream().min(Map.Entry.comparingByKey())
                .filter(shortest -> shortest.getValue() >= 2).map(Map.Entry::getKey).orElse(null);
    }

    /** Option {@code interval}: the averaging interval in minutes, for END-stamped formats that do not state it. */
    private static Long configuredInterval(ParseSettings settings) {
        return settings.option("interval").map(text -> {
            try {
                long minutes = Long.parseLong(text.trim());
                if (minutes > 0) {
                    return minutes * 60_000;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("option interval must be a whole number of minutes, not '" + text + "'");
        }).orElse(null);
    }

    private static void requireUniqueNames(RowReader reader, String name) {
        Set<String> seen = new HashSet<>();
        for (Channel channel : reader.channels()) {
            if (!seen.add(channel.name())) {
                throw new InputFormatException(name, 0, channel.name(), "the column name appears twice in the header");
            }
        }
    }

    /**
     * Opens a fresh reader over the file's rows, positioned before the first: the held rows when the scan
     * kept them, else the file parsed again.
     */
    public RowReader open() throws IOException {
        return held != null ? held.replay() : format.open(source, settings);
    }
}
