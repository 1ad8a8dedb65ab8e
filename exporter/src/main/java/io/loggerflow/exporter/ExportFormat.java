package io.loggerflow.exporter;

/**
 * What an export writes for each source: its layout, the text of a missing or flagged cell, and whether the
 * file goes into a zip ({@code zip} null: as the layout does by default: per-type and task43 zipped, windographer
 * a plain text file). The per-type layout is always a zip: it has a file per measurement type.
 */
public record ExportFormat(ExportLayout layout, String missing, Boolean zip) {
    public static final ExportFormat PER_TYPE = new ExportFormat(ExportLayout.PER_TYPE, "", null);

    public ExportFormat {
        layout = layout == null ? ExportLayout.PER_TYPE : layout;
        missing = missing == null ? "" : missing;
        if (missing.chars().anyMatch(c -> c == ',' || c == '\t' || c == '\r' || c == '\n' || c == '"')) {
            throw new IllegalArgumentException("the missing-value text cannot hold a separator, quote or line break: '"
                    + missing + "'");
        }
        if (layout == ExportLayout.PER_TYPE && Boolean.FALSE.equals(zip)) {
            throw new IllegalArgumentException("the per-type layout writes several files: it is always zipped");
        }
    }

    public boolean zipped() {
        return zip != null ? zip : layout != ExportLayout.WINDOGRAPHER;
    }

    /** The file name of a source's export from its stem: {@code .zip}, else the layout's text file. */
    public String fileName(String stem) {
        if (zipped()) {
            return stem + ".zip";
        }
        return stem + (layout == ExportLayout.WINDOGRAPHER ? ".txt" : ".csv");
    }

    @Override
    public String toString() {
        return layout + (missing.isEmpty() ? "" : ", missing '" + missing + "'") + (zip == null ? "" : zipped() ? ", zipped" : ", not zipped");
    }
}
