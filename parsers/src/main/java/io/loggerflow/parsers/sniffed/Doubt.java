package io.loggerflow.parsers.sniffed;

/**
 * Something the file leaves open that the sniffer will not guess: the reason, and the option that settles it
 * with an example value. Turned into an {@link io.loggerflow.parsers.InputFormatException} naming the file and line.
 */
final class Doubt extends Exception {
    private final String option;
    private final String example;

    Doubt(String reason, String option, String example) {
        super(reason, null, false, false);
        this.option = option;
        this.example = example;
    }

    /** The reason with what to set, e.g. "...: set option timestamp-pattern (e.g. dd/MM/yyyy HH:mm)". */
    String advice() {
        return getMessage() + ": set option " + option + (example == null ? "" : " (e.g. " + example + ")")
                + " for this folder";
    }
}
