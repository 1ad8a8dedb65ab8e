package io.loggerflow.bench.generate;

import java.util.Locale;

/** How day files are packed: loose, one zip per day file, or one zip per logger and month. */
public enum Packing {
    NONE("none"),
    ZIP_PER_DAY("zip-per-day"),
    ZIP_PER_MONTH("zip-per-month");

    private final String cliName;

    Packing(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** {@code none}, {@code zip-per-day} or {@code zip-per-month}; the {@code zip-} prefix may be left out. */
    public static Packing parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (Packing packing : values()) {
            if (packing.cliName.equals(wanted) || packing.cliName.equals("zip-" + wanted)) {
                return packing;
            }
        }
        throw new IllegalArgumentException("unknown packing '" + text + "': expected none, per-day or per-month");
    }
}
