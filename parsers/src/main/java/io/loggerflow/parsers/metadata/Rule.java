package io.loggerflow.parsers.metadata;

import java.util.List;
import java.util.regex.Pattern;

/** One ordered rule: a pattern and the value it gives. */
record Rule(Pattern pattern, String value) {
    /** The value that stops the search and leaves the result null. */
    static final String STOP = "-";
    /** The value that says nothing: the search goes on. */
    static final String GO_ON = "?";

    /** The value of the first rule whose pattern is found in the text, or null when none is. */
    static String first(List<Rule> rules, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Rule rule : rules) {
            if (rule.pattern.matcher(text).find()) {
                return rule.value;
            }
        }
        return null;
    }
}
