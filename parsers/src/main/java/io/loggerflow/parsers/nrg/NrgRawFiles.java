package io.loggerflow.parsers.nrg;

import java.util.Locale;
import java.util.Optional;

/**
 * NRG's raw binary logger files, which loggerflow does not decode (their layout is not published): a SymphoniePRO
 * {@code .rld} and a classic Symphonie {@code .RWD}. They are recognised so that the refusal says how to turn them
 * into a text export instead of a bare "unknown format".
 * <p>
 * Recognised by the file name's extension together with a binary head (a NUL or another control byte in the
 * first bytes): the one public {@code .rld} (nrgpy's test file {@code 000110_2022-05-03_00.00_008549.rld}) starts
 * {@code 02 04 00 00 00}, but one file does not tell which bytes are a fixed signature, and no public {@code .RWD}
 * was found, so no byte signature is relied on. A text file that merely carries the extension is left to the
 * text formats. NRG {@code .diag} files are text (LOGR diagnostics) and are read by {@code nrg-logr}.
 */
public final class NrgRawFiles {
    /** How many leading bytes are checked for binary content. */
    private static final int PROBE = 512;

    private NrgRawFiles() {
    }

    /**
     * The reason to refuse the file when it is an NRG raw binary, naming the conversion; empty otherwise.
     *
     * @param fileName   the file's name (an archive member may carry its archive path)
     * @param head       the file's first bytes
     * @param formats  the names of the formats loggerflow reads, for the reason
     */
    public static Optional<String> refusal(String fileName, byte[] head, String formats) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (!isBinary(head)) {
            return Optional.empty();
        }
        if (name.endsWith(".rld")) {
            return Optional.of("an NRG SymphoniePRO raw data file (.rld), a binary loggerflow does not read: export "
                    + "it as text with SymphoniePRO Desktop (or NRG Cloud) and import the export, which loggerflow "
                    + "reads as nrg-symphoniepro (formats loggerflow reads: " + formats + ")");
        }
        if (name.endsWith(".rwd")) {
            return Optional.of("an NRG Symphonie raw data file (.RWD), a binary loggerflow does not read: convert it "
                    + "to text with NRG's Symphonie Data Retriever (SDR) and import a text export (formats "
                    + "loggerflow reads: " + formats + ")");
        }
        return Optional.empty();
    }

    /** A NUL or a control byte other than TAB, LF, FF and CR among the first bytes: no logger text export has one. */
    static boolean isBinary(byte[] head) {
        for (int i = 0; i < Math.min(head.length, PROBE); i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
                return true;
            }
        }
        return false;
    }
}
