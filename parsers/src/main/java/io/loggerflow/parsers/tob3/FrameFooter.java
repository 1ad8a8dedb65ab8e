package io.loggerflow.parsers.tob3;

/**
 * The last four bytes of a TOB3 frame (or minor frame), least significant byte first: bits 0-10 the offset,
 * bit 11 the file mark, bit 12 the remove mark, bit 13 the empty-frame flag, bit 14 the minor-frame flag and
 * bits 16-31 the validation stamp. Bit 15 is set in footers of frames holding minor frames in a public
 * CR1000X file but is described nowhere; it is not read.
 */
record FrameFooter(int offset, boolean fileMark, boolean removeMark, boolean empty, boolean minor, int stamp) {
    static final int SIZE = 4;

    static FrameFooter at(byte[] bytes, int position) {
        long word = (bytes[position] & 0xFFL) | (bytes[position + 1] & 0xFFL) << 8
                | (bytes[position + 2] & 0xFFL) << 16 | (bytes[position + 3] & 0xFFL) << 24;
        return new FrameFooter((int) (word & 0x7FF), (word & 0x800) != 0, (word & 0x1000) != 0,
                (word & 0x2000) != 0, (word & 0x4000) != 0, (int) (word >>> 16));
    }
}
