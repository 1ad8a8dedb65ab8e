package io.loggerflow.worker.task43;

/** What an import does where the document differs from what is stored (set by a person or an earlier file). */
public enum OnConflict {
    /** Change nothing at all and report the conflicts (the default). */
    FAIL,
    /** Keep the stored values, apply the rest, report the conflicts. */
    KEEP,
    /** Apply the document's values (overlapping calibrations are removed, recorded with the import's reason). */
    REPLACE
}
