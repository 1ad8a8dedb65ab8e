package io.loggerflow.parsers.windcube;

import io.loggerflow.parsers.Channel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the .sta column header into channels. Two layouts are known:
 * <ul>
 *   <li>height in the name, {@code <h>m <Quantity> (<unit>)} such as {@code 40m Wind Speed (m/s)} (HeaderSize files);</li>
 *   <li>gate groups separated by an empty column, names with the 1-based gate number as suffix ({@code Vhm1},
 *       {@code Avail.1}) or no suffix at all ({@code CNRm}, repeated in every group) (HeaderLength files). The
 *       last group's width is the group width; the first group is the last columns of the first run, whose
 *       leading columns are global. Gate g is the g-th value of the header's {@code Altitudes(m)} list.</li>
 * </ul>
 * A name that occurs more than once gets {@code @<h>m} appended (or {@code #<n>} when its height is unknown).
 */
final class StaColumns {
    private static final Pattern HEIGHT_NAME = Pattern.compile("(\\d+(?:\\.\\d+)?)m (.+?)(?: \\(([^()]*)\\))?");
    private static final Pattern WITH_UNIT = Pattern.compile("(.+?) ?\\(([^()]*)\\)");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("(.*?\\D)(\\d+)");
    private static final String[] STATISTICS = {"Dispersion", "min", "max", "Min", "Max", "Data Availability"};

    record Columns(List<Channel> channels, int[] indexes) {
    }

    private StaColumns() {
    }

    /**
     * @param names     the column header fields; field 0 is the timestamp
     * @param altitudes the {@code Altitudes} list as written (may be empty)
     */
    static Columns of(String[] names, List<String> altitudes) {
        int count = names.length;
        String[] name = new String[count];
        String[] heightText = new String[count];
        String[] quantity = new String[count];
        String[] unit = new String[count];
        boolean heightsInNames = false;
        for (int i = 1; i < count; i++) {
            name[i] = names[i] == null ? "" : names[i].trim();
            Matcher m = HEIGHT_NAME.matcher(name[i]);
            if (m.matches()) {
                heightsInNames = true;
                heightText[i] = m.group(1);
                quantity[i] = m.group(2);
                unit[i] = m.group(3);
            }
        }
        int[] gate = heightsInNames ? new int[count] : gates(name, altitudes.size());
        List<Integer> indexes = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (int i = 1; i < count; i++) {
            if (name[i].isEmpty()) {
                continue; // separator between height groups, or a trailing tab
            }
            indexes.add(i);
            occurrences.merge(name[i], 1, Integer::sum);
            if (quantity[i] == null) {
                Matcher m = WITH_UNIT.matcher(name[i]);
                quantity[i] = m.matches() ? m.group(1) : name[i];
                unit[i] = m.matches() ? m.group(2) : null;
                if (gate[i] > 0) {
                    heightText[i] = altitudes.get(gate[i] - 1);
                    Matcher digits = TRAILING_DIGITS.matcher(quantity[i]);
                    if (digits.matches()) {
                        quantity[i] = digits.group(1);
                    }
                }
            }
        }
        List<Channel> channels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i : indexes) {
            String channelName = name[i];
            if (occurrences.get(name[i]) > 1) {
                int n = seen.merge(name[i], 1, Integer::sum);
                channelName = heightText[i] != null ? name[i] + "@" + heightText[i] + "m" : name[i] + "#" + n;
            }
            Double height = heightText[i] == null ? null : Double.valueOf(heightText[i]);
            String unitText = unit[i] == null || unit[i].isBlank() ? null : unit[i].trim();
            channels.add(new Channel(channelName, unitText, statistic(quantity[i]), height, null, null));
        }
        return new Columns(List.copyOf(channels), indexes.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String statistic(String quantity) {
        for (String token : STATISTICS) {
            if (quantity.endsWith(token)) {
                return token;
            }
        }
        return null;
    }

    /** Gate number (1-based) of each column from the group structure, or all 0 when the structure does not fit. */
    private static int[] gates(String[] name, int gateCount) {
        int[] none = new int[name.length];
        if (gateCount < 2) {
            return none; // with one group the global columns cannot be told apart from the gate's
        }
        List<int[]> runs = new ArrayList<>();
        int from = -1;
        for (int i = 1; i <= name.length; i++) {
            boolean named = i < name.length && !name[i].isEmpty();
            if (named && from < 0) {
                from = i;
            } else if (!named && from >= 0) {
                runs.add(new int[] {from, i});
                from = -1;
            }
        }
        if (runs.size() != gateCount) {
            return none;
        }
        int width = runs.get(gateCount - 1)[1] - runs.get(gateCount - 1)[0];
        if (runs.get(0)[1] - runs.get(0)[0] < width) {
            return none;
        }
        int[] gate = new int[name.length];
        for (int g = 1; g <= gateCount; g++) {
            int[] run = runs.get(g - 1);
            if (g > 1 && run[1] - run[0] != width) {
                return none;
            }
            for (int i = run[1] - width; i < run[1]; i++) {
                Matcher digits = TRAILING_DIGITS.matcher(name[i]);
                if (digits.matches() && !digits.group(2).equals(Integer.toString(g))) {
                    return none; // a gate suffix disagrees with the group position
                }
                gate[i] = g;
            }
        }
        return gate;
    }
}
