package io.loggerflow.exporter;

import java.util.Arrays;
import java.util.List;

/** The column of each sensor of a file, found per reading by binary search over sorted ids (no boxing). */
final class SensorIndex {
    private final int[] sortedIds;
    private final int[] columnOfSorted;

    SensorIndex(List<SensorColumn> columns) {
        int n = columns.size();
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(columns.get(a).sensorId(), columns.get(b).sensorId()));
        this.sortedIds = new int[n];
        this.columnOfSorted = new int[n];
        for (int i = 0; i < n; i++) {
            sortedIds[i] = columns.get(order[i]).sensorId();
            columnOfSorted[i] = order[i];
        }
    }

    /** The sensor's column, or -1 when it is not one of them. */
    int columnOf(int sensorId) {
        int at = Arrays.binarySearch(sortedIds, sensorId);
        return at < 0 ? -1 : columnOfSorted[at];
    }
}
