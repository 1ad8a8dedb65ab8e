package io.loggerflow.worker.task43;

import java.util.List;

/** A station document that cannot be imported; every problem names its place in the document (a JSON path). */
public final class StationDocumentException extends IllegalArgumentException {
    private final List<String> problems;

    public StationDocumentException(String document, List<String> problems) {
        super(document + ": " + (problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems:\n  " + String.join("\n  ", problems)));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code $.path: what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
