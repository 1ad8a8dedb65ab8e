package io.loggerflow.worker.load;

import java.util.ArrayList;
import java.util.List;

/** The text of {@code <name>.rejected.txt}: which rows of a loaded file were left out, and why. */
final class RejectedRows {
    private RejectedRows() {
    }

    /** @return the account as text, or null when no row was left out */
    static String text(String fileName, RowAccount account) {
        long skipped = account.skippedRows();
        if (skipped == 0) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add(fileName + ": " + skipped + " of " + account.rows() + " rows left out");
        account.firstSkipped().forEach(row -> lines.add(row.toString()));
        if (skipped > account.firstSkipped().size()) {
            lines.add("(" + (skipped - account.firstSkipped().size()) + " more not listed)");
        }
        if (!account.notes().isEmpty()) {
            lines.add("notes:");
            lines.addAll(account.notes());
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
}
