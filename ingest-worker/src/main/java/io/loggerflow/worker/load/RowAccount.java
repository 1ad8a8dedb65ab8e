package io.loggerflow.worker.load;

import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.worker.config.BadRows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The exact account of a file's rows: how many it has, which were left out and why (the first few kept
 * with line, column and reason; all counted), and notes on what was loaded but is worth knowing (clock
 * steps, repeated rows). Memory is bounded whatever the file.
 */
public final class RowAccount {
    /** Reasons and notes kept per file: enough to find the fault, never a copy of a broken file. */
    static final int KEPT = 20;

    private long rows;
    private final Map<SkippedRow.Kind, Long> skipped = new EnumMap<>(SkippedRow.Kind.class);
    private final List<SkippedRow> firstSkipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long notesLeftOut;
    private long repeatedRows;

    RowAccount() {
    }

    /** A copy for the load pass, which adds what only it sees (cells, repeats) to the scan's account. */
    RowAccount copy() {
        RowAccount copy = new RowAccount();
        copy.rows = rows;
        copy.skipped.putAll(skipped);
        copy.firstSkipped.addAll(firstSkipped);
        copy.notes.addAll(notes);
        copy.notesLeftOut = notesLeftOut;
        copy.repeatedRows = repeatedRows;
        return copy;
    }

    void row() {
        rows++;
    }

    void skip(SkippedRow.Kind kind, InputFormatException e) {
        skip(SkippedRow.of(kind, e));
    }

    /** One bad record that stands for {@code rows} rows of the file (lines a stray quote ran together). */
    void skip(SkippedRow.Kind kind, InputFormatException e, int rows) {
        skip(SkippedRow.of(kind, e), rows);
    }

    void skip(SkippedRow row) {
        skip(row, 1);
    }

    private void skip(SkippedRow row, int rows) {
        skipped.merge(row.kind(), (long) rows, Long::sum);
        if (firstSkipped.size() < KEPT) {
            firstSkipped.add(row);
        }
    }

    void note(String note) {
        if (notes.size() < KEPT) {
            notes.add(note);
        } else {
            notesLeftOut++;
        }
    }

    void repeated(long count) {
        repeatedRows += count;
    }

    /**
     * @throws InputFormatException when more rows are bad than {@code policy} allows: so many bad rows mean
     *                              a wrong format or mapping, not damage
     */
    void requireWithinShare(BadRows policy, String fileName) {
        long bad = skippedRows();
        if (bad > 0 && bad > policy.maxShare() * rows) {
            throw new InputFormatException(fileName, 0, null, bad + " of its " + rows + " rows are bad, more than"
                    + " bad-rows-max-share (" + policy.shownMaxShare() + "): a wrong format or mapping rather than"
                    + " damage; first: " + firstSkipped.get(0));
        }
    }

    /** Data rows of the file: loaded or left out. */
    public long rows() {
        return rows;
    }

    public long skippedRows() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<SkippedRow.Kind, Long> skippedByKind() {
        return Collections.unmodifiableMap(skipped);
    }

    public List<SkippedRow> firstSkipped() {
        return Collections.unmodifiableList(firstSkipped);
    }

    /** The notes kept, and a last one saying how many more there were. */
    public List<String> notes() {
        if (notesLeftOut == 0) {
            return Collections.unmodifiableList(notes);
        }
        List<String> all = new ArrayList<>(notes);
        all.add("and " + notesLeftOut + " more notes");
        return all;
    }

    /** Rows identical to an earlier row of the file with the same stamp: stored once. */
    public long repeatedRows() {
        return repeatedRows;
    }

    /** One line for logs, {@code files.reason} and {@code status}; null when there is nothing to say. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        long bad = skippedRows();
        if (bad > 0) {
            parts.add(bad + (bad == 1 ? " row" : " rows") + " left out (first: " + firstSkipped.get(0) + ")");
        }
        parts.addAll(notes());
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
