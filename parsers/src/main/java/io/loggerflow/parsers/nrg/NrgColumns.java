package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which table columns are the timestamp and which are channels. Empty column names (a trailing tab) are
 * skipped; a channel function returning null skips its column (LOGR placeholders).
 */
record NrgColumns(String timestampName, int timestampColumn, int columnCount, List<Channel> channels,
                  int[] channelColumns) {

    static NrgColumns of(String[] names, Set<String> timestampNames, Function<String, Channel> channelOf,
                         String fileName, long headerLine) {
        int timestamp = -1;
        List<Channel> channels = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i] == null ? "" : names[i].strip();
            if (name.isEmpty()) {
                continue;
            }
            if (timestamp < 0 && timestampNames.contains(name)) {
                timestamp = i;
                continue;
            }
            Channel channel = channelOf.apply(name);
            if (channel != null) {
                channels.add(channel);
                columns.add(i);
            }
        }
        if (timestamp < 0) {
            throw new InputFormatException(fileName, headerLine, null,
                    "the column header after 'Data' has no " + String.join(" or ", timestampNames.stream().sorted().toList())
                            + " column");
        }
        if (channels.isEmpty()) {
            throw new InputFormatException(fileName, headerLine, null, "the column header names no measurement columns");
        }
        return new NrgColumns(names[timestamp].strip(), timestamp, names.length, List.copyOf(channels),
                columns.stream().mapToInt(Integer::intValue).toArray());
    }
}
