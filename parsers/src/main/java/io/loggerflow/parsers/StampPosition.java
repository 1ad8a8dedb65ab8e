package io.loggerflow.parsers;

/** What a row's timestamp marks within its averaging interval. */
public enum StampPosition {
    /** the interval's start (NRG, Windographer, most analysis tools) */
    START,
    /** the interval's end (Campbell Scientific interval tables) */
    END,
    /** an instant sample, or not stated by the format */
    UNKNOWN
}
