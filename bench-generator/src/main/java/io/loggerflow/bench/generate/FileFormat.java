package io.loggerflow.bench.generate;

import java.util.Locale;

/** The logger file format the generator writes. */
public enum FileFormat {
    /** Campbell Scientific TOA5 ({@code *.dat}), one file per logger and day. */
    TOA5("toa5"),
    /** NRG SymphoniePRO text export ({@code *_meas.txt}), one file per logger and day. */
    NRG("nrg"),
    /** A fleet of both: loggers 1, 3, 5... write TOA5, loggers 2, 4, 6... NRG text. */
    MIXED("mixed");

    private final String cliName;

    FileFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** {@code toa5}, {@code nrg} or {@code mixed}, any case. */
    public static FileFormat parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (FileFormat format : values()) {
            if (format.cliName.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "': expected toa5, nrg or mixed");
    }
}
