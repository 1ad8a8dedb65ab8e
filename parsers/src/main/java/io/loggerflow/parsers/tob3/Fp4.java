package io.loggerflow.parsers.tob3;

/**
 * Campbell Scientific FP4, the four-byte float of older final storage: bit 31 sign, bits 30-24 a base-2
 * exponent in excess-64, bits 23-0 a mantissa read as a fraction of 2^24. The bit layout comes from
 * open-source readers that cite the CR10X manual, appendix C; the byte order is unconfirmed (option
 * {@code fp4-byte-order}, default little-endian as those readers use).
 */
final class Fp4 {
    static final String BYTE_ORDER_OPTION = "fp4-byte-order";

    private Fp4() {
    }

    static double decode(long word) {
        int sign = (int) ((word >>> 31) & 1);
        int exponent = (int) ((word >>> 24) & 0x7F);
        long mantissa = word & 0xFFFFFF;
        double value = Math.scalb((double) mantissa, exponent - 64 - 24);
        return sign == 1 ? -value : value;
    }
}
