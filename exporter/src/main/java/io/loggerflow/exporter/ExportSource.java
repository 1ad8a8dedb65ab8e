package io.loggerflow.exporter;

/** A source as an export sees it, with the data version read in the export's snapshot. */
public record ExportSource(int id, SourceKey key, long dataVersion) {

    /** A file name for this source's zip: the key with anything but letters, digits, '.', '-' replaced. */
    public String fileStem() {
        String stem = key.site() + "_" + key.logger() + (key.table().isEmpty() ? "" : "_" + key.table());
        return stem.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
