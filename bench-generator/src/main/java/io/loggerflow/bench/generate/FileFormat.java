package io.loggerflow.bench.generate;

import java.util.Locale;

/** The logger file format the generator writes. */
public enum FileFormat {
    /** Campbell Scientific TOA5 ({@code *.dat}), one file per logger and day. */
    TOA5("toa5"),
    /** NRG SymphoniePRO text export ({@code *_meas.txt}), one file per logger and day. */
    NRG("nrg");

    private final String cliName;

    FileFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** {@code toa5} or {@code nrg}, any case. */
    public static FileFormat parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (FileFormat format : values()) {
            if (format.cliName.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "': expected toa5 or nrg");
    }
}
