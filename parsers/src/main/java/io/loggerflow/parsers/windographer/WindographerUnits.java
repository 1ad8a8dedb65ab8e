package io.loggerflow.parsers.windographer;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.generic.NumberCells;
import io.loggerflow.parsers.generic.Timestamps;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

/**
 * The units row Windographer's text export (and loggerflow's windographer layout) may write directly after the
 * {@code Date/Time} names row, e.g. {@code Units<TAB>m/s<TAB>deg<TAB>...}: one unit per column, empty where none.
 * The row is told apart from data by its content only, so the test is strict (a row that fails it stays a data
 * row and is reported as today): its first cell is not a timestamp, no cell beyond the header's columns holds
 * text, no channel cell is a number or a missing-value marker, and at least one channel cell names a unit.
 */
final class WindographerUnits {
    private WindographerUnits() {
    }

    /** Whether {@code row}, the record right after the names row, is a units row. */
    static boolean isUnitsRow(String[] row, int columnCount, Timestamps timestamps, NumberCells numbers) {
        if (row.length == 0 || isTimestamp(row[0], timestamps)) {
            return false;
        }
        boolean named = false;
        for (int i = 1; i < row.length; i++) {
            String cell = row[i];
            if (cell == null || cell.isBlank()) {
                continue;
            }
            if (i >= columnCount || isNumberOrMarker(cell, numbers)) {
                return false;
            }
            named = true;
        }
        return named;
    }

    /** The channels with the units row's unit where the column name gave none (the name's unit wins). */
    static List<Channel> withUnits(List<Channel> channels, String[] row) {
        List<Channel> out = new ArrayList<>(channels.size());
        for (int c = 0; c < channels.size(); c++) {
            Channel ch = channels.get(c);
            String cell = c + 1 < row.length && row[c + 1] != null ? row[c + 1].trim() : "";
            out.add(ch.unit() != null || cell.isEmpty() ? ch
                    : new Channel(ch.name(), cell, ch.statistic(), ch.heightM(), ch.orientationDeg(), ch.sensorType()));
        }
        return List.copyOf(out);
    }

    private static boolean isTimestamp(String cell, Timestamps timestamps) {
        if (cell == null || cell.isBlank()) {
            return false;
        }
        try {
            timestamps.parse(cell);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isNumberOrMarker(String cell, NumberCells numbers) {
        try {
            numbers.parse(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
