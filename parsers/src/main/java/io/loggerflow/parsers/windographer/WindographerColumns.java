package io.loggerflow.parsers.windographer;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.generic.ColumnMeta;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Channel metadata from a Windographer column name. Two shapes are understood:
 * <ul>
 *   <li>spaced names, Windographer's own naming: {@code <Type> <h> m [<label>] [<Stat>] [[<unit>]]}, e.g.
 *       {@code Speed 80 m A SD [m/s]}, {@code Direction 78 m [°]};</li>
 *   <li>compact names carried over from the source logger, e.g. {@code Spd80mNStd}, {@code Dir78mS},
 *       {@code T2m}, {@code BattMin}.</li>
 * </ul>
 * The unit comes from a trailing {@code [...]}; the statistic from a trailing token (SD, Std, StdDev, Min,
 * Max, Gust, TI, Avg, Mean, Sum, Tot, Count) kept as written; the height from {@code <number> m} /
 * {@code <number>m}; the orientation from a 16-point compass label right after the height (N = 0 deg).
 * The sensor type is the text before the height in spaced names only.
 */
final class WindographerColumns {
    private static final List<String> STATISTICS =
            List.of("StdDev", "Std", "SD", "Min", "Max", "Gust", "TI", "Avg", "Mean", "Sum", "Tot", "Count");
    private static final Pattern UNIT = Pattern.compile("^(.*?)\\s*\\[([^\\[\\]]*)]$");
    private static final Pattern COMPACT = Pattern.compile("^([A-Za-z]+?)(\\d+(?:\\.\\d+)?)m(.*)$");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern NUMBER_M = Pattern.compile("(\\d+(?:\\.\\d+)?)m");

    private WindographerColumns() {
    }

    /**
     * @param defaultStatistic statistic for a name without a statistic token (Windographer's unsuffixed
     *                         column is the mean), or null to leave it unstated
     */
    static Channel channel(String name, String defaultStatistic) {
        String rest = name.trim();
        String unit = null;
        Matcher u = UNIT.matcher(rest);
        if (u.matches()) {
            unit = u.group(2).trim().isEmpty() ? null : u.group(2).trim();
            rest = u.group(1).trim();
        }
        Parsed p = rest.contains(" ") ? spaced(rest) : compact(rest);
        String statistic = p.statistic != null ? p.statistic : defaultStatistic;
        return new Channel(name, unit, statistic, p.height, ColumnMeta.compass(p.label), p.type);
    }

    private record Parsed(String statistic, Double height, String label, String type) {
    }

    private static Parsed spaced(String text) {
        String[] tokens = text.split("\\s+");
        int n = tokens.length;
        String statistic = null;
        if (n > 1 && STATISTICS.contains(tokens[n - 1])) {
            statistic = tokens[n - 1];
            n--;
        }
        for (int i = 1; i < n; i++) {
            Matcher joined = NUMBER_M.matcher(tokens[i]);
            int after;
            double height;
            if (joined.matches()) {
                height = Double.parseDouble(joined.group(1));
                after = i + 1;
            } else if (NUMBER.matcher(tokens[i]).matches() && i + 1 < n && tokens[i + 1].equals("m")) {
                height = Double.parseDouble(tokens[i]);
                after = i + 2;
            } else {
                continue;
            }
            String type = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, i));
            String label = after == n - 1 ? tokens[after] : null;
            return new Parsed(statistic, height, label, type);
        }
        return new Parsed(statistic, null, null, null);
    }

    private static Parsed compact(String text) {
        Matcher m = COMPACT.matcher(text);
        if (m.matches()) {
            String tail = m.group(3);
            String statistic = suffix(tail, 0);
            String label = statistic == null ? tail : tail.substring(0, tail.length() - statistic.length());
            return new Parsed(statistic, Double.parseDouble(m.group(2)), label.isEmpty() ? null : label, null);
        }
        return new Parsed(suffix(text, 1), null, null, null);
    }

    /** The statistic token the text ends with, when at least {@code minPrefix} characters precede it. */
    private static String suffix(String text, int minPrefix) {
        for (String s : STATISTICS) {
            if (text.endsWith(s) && text.length() - s.length() >= minPrefix) {
                return s;
            }
        }
        return null;
    }
}
