package io.loggerflow.parsers.tob1;

/**
 * Campbell Scientific FP2, the two-byte final-storage float: big-endian word {@code ABCDEFGH IJKLMNOP},
 * A = sign, BC = decimal locater (a negative power of ten, 0..3), D..P = 13-bit magnitude, at most 7999.
 * Source: Campbell CR1000 / CR800 / CR3000 operator's manuals, appendix "FP2 Data Format".
 */
final class Fp2 {
    /** Largest magnitude Campbell defines for FP2. */
    static final int MAX_MAGNITUDE = 7999;
    private static final double[] POWERS = {1, 10, 100, 1000};

    private Fp2() {
    }

    /**
     * The value of one FP2 word; NaN for the logger's NAN, +INF and -INF words (0x9FFE, 0x1FFF, 0x9FFF, and
     * 0x1FFE, all with magnitude bits 8190/8191 and locater 0).
     *
     * @throws IllegalArgumentException when the word holds a magnitude above 7999, which no logger writes
     */
    static double decode(int word) {
        int sign = (word >>> 15) & 1;
        int locater = (word >>> 13) & 3;
        int magnitude = word & 0x1FFF;
        if (locater == 0 && magnitude >= 8190) {
            return Double.NaN;
        }
        if (magnitude > MAX_MAGNITUDE) {
            throw new IllegalArgumentException(String.format(
                    "0x%04X is not a valid FP2 value (magnitude %d exceeds Campbell's limit of %d)",
                    word, magnitude, MAX_MAGNITUDE));
        }
        if (magnitude == 0) {
            return 0.0;
        }
        // division of two exact integers: 1263 / 100.0 is the double nearest to 12.63
        double value = magnitude / POWERS[locater];
        return sign == 1 ? -value : value;
    }
}
