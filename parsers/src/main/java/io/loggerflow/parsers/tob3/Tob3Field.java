package io.loggerflow.parsers.tob3;

/**
 * One field of a TOB3 record that becomes a channel: where it sits in the record and how its bytes become a
 * double (NaN for the logger's not-a-number words).
 */
record Tob3Field(String name, String unit, String processing, Decoder decoder, int offset) {

    /** Decodes a field's bytes at {@code offset} of {@code bytes}. */
    @FunctionalInterface
    interface Decoder {
        double decode(byte[] bytes, int offset);
    }

    double decode(byte[] frame, int recordStart) {
        return decoder.decode(frame, recordStart + offset);
    }
}
