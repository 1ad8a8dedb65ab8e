package io.loggerflow.worker.config;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The valid name a mistyped one was most likely meant to be, for "did you mean" hints. */
final class NearestName {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private NearestName() {
    }

    /**
     * The candidate with the fewest edits from {@code typed}, if it is close enough to be a typo (at most a
     * third of the typed name's letters, and at least two edits are always allowed).
     */
    static Optional<String> to(String typed, Collection<String> candidates) {
        int allowed = Math.max(2, typed.length() / 3);
        return candidates.stream()
                .min(Comparator.comparingInt((String candidate) -> DISTANCE.apply(typed, candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(nearest -> DISTANCE.apply(typed, nearest) <= allowed);
    }

    /** {@code "; did you mean `x`?"}, or nothing when no candidate is close. */
    static String hint(String typed, Collection<String> candidates) {
        return to(typed, candidates).map(nearest -> "; did you mean `" + nearest + "`?").orElse("");
    }
}
