package io.loggerflow.parsers.csixml;

import io.loggerflow.parsers.SkipReasons;

import java.util.Set;

/** One {@code <field>} of the head: its attributes as written (null when absent). */
record CsixmlField(String name, String type, String units, String process) {
    private static final Set<String> NUMBERS = Set.of("xsd:float", "xsd:double", "xsd:long", "xsd:int",
            "xsd:short", "xsd:byte", "xsd:unsignedlong", "xsd:unsignedint", "xsd:unsignedshort",
            "xsd:unsignedbyte", "xsd:boolean");

    /** Why the field is no measurement, null when it is one; a type the format does not define is null too. */
    String skipReason() {
        String byProcess = SkipReasons.ofProcessing(process);
        if (byProcess != null) {
            return byProcess;
        }
        String t = type == null ? "" : type.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("xsd:string")) {
            return SkipReasons.TEXT;
        }
        if (t.equals("xsd:datetime")) {
            return SkipReasons.TIMESTAMP;
        }
        return null;
    }

    /** Whether the manual lists the type (the numeric ones, boolean, string, dateTime) or none is given. */
    boolean knownType() {
        if (type == null || type.isBlank()) {
            return true;
        }
        String t = type.trim().toLowerCase(java.util.Locale.ROOT);
        return NUMBERS.contains(t) || t.equals("xsd:string") || t.equals("xsd:datetime");
    }

    boolean isBoolean() {
        return type != null && type.trim().equalsIgnoreCase("xsd:boolean");
    }
}
