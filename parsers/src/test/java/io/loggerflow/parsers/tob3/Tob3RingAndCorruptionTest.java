package io.loggerflow.parsers.tob3;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.ReadOut;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static io.loggerflow.parsers.tob3.Tob3SampleWriter.PER_FRAME;
import static io.loggerflow.parsers.tob3.Tob3SampleWriter.STAMP;
import static io.loggerflow.parsers.tob3.Tob3SampleWriter.TABLE;
import static org.assertj.core.api.Assertions.assertThat;

class Tob3RingAndCorruptionTest {
    private static final int COMPLEMENT = ~STAMP & 0xFFFF;

    @Test
    void aWrappedRingIsReadOldestFrameFirst() throws IOException {
        // a ring of 6 frames on its second pass: frames 1-2 were overwritten with records 120-159 (the complement
        // stamp), frames 3-6 still hold records 40-119 of the first pass; records 0-39 are gone
        List<byte[]> frames = new ArrayList<>();
        frames.addAll(Tob3SampleWriter.fullFrames(COMPLEMENT, 120, 2));
        frames.addAll(Tob3SampleWriter.fullFrames(STAMP, 40, 4));
        ReadOut out = read(file(frames));
        assertThat(out.errors()).isEmpty();
        assertThat(out.stamps()).containsExactlyElementsOf(stamps(40, 160));
        assertThat(out.stamps()).isSorted();
        assertThat(out.values().get(0)[0]).isEqualTo(Tob3SampleWriter.uxCenti(40) / 100.0);
        assertThat(out.values().get(119)[0]).isEqualTo(Tob3SampleWriter.uxCenti(159) / 100.0);
    }

    @Test
    void theThirdPassAgainUsesTheStampAndTheComplementIsThenTheOlderPart() throws IOException {
        List<byte[]> frames = new ArrayList<>();
        frames.addAll(Tob3SampleWriter.fullFrames(STAMP, 200, 3));
        frames.addAll(Tob3SampleWriter.fullFrames(COMPLEMENT, 140, 3));
        ReadOut out = read(file(frames));
        assertThat(out.stamps()).containsExactlyElementsOf(stamps(140, 260));
    }

    @Test
    void aWrappedRingLeavesOutOnlyItsInvalidFrames() throws IOException {
        List<byte[]> frames = new ArrayList<>();
        frames.addAll(Tob3SampleWriter.fullFrames(COMPLEMENT, 120, 2));
        frames.addAll(Tob3SampleWriter.fullFrames(STAMP, 40, 4));
        frames.set(3, Tob3SampleWriter.frame(1234, 0, Tob3SampleWriter.block(60, PER_FRAME))); // corrupted frame 4
        ReadOut out = read(file(frames));
        assertThat(out.errorLines()).containsExactly("4: validation stamp 1234 is neither the header's 41411 nor its"
                + " complement 24124: not a frame of this table's ring; its records are left out");
        List<Instant> expected = new ArrayList<>(stamps(40, 60));
        expected.addAll(stamps(80, 160));
        assertThat(out.stamps()).containsExactlyElementsOf(expected);
    }

    @Test
    void aTruncatedLastFrameIsOneBadRowAfterTheGoodRecords() throws IOException {
        List<byte[]> frames = new ArrayList<>(Tob3SampleWriter.fullFrames(STAMP, 0, 3));
        byte[] whole = file(frames);
        byte[] cut = Arrays.copyOf(whole, whole.length - 100);
        try (RowReader reader = open(cut)) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).containsExactlyElementsOf(stamps(0, 40));
            assertThat(out.errors()).hasSize(1);
            assertThat(out.errors().get(0).getMessage()).isEqualTo("ring.dat, frame 3: truncated frame: the file ends"
                    + " after 676 of its 776 bytes; its records are left out");
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void unwrittenFramesAfterTheLastRecordsHoldNoRows() throws IOException {
        // a card file is allocated whole: frames the logger has not written yet hold other bytes; they are
        // space, not records, so they are neither read nor counted as bad rows (a new card is mostly such space)
        List<byte[]> frames = new ArrayList<>(Tob3SampleWriter.fullFrames(STAMP, 0, 2));
        byte[] junk = new byte[Tob3SampleWriter.FRAME_SIZE];
        Arrays.fill(junk, (byte) 0x5A);
        for (int i = 0; i < 5; i++) {
            frames.add(junk);
        }
        ReadOut out = read(file(frames));
        assertThat(out.stamps()).containsExactlyElementsOf(stamps(0, 40));
        assertThat(out.errors()).isEmpty();
    }

    @Test
    void aFrameWithABadStampBetweenValidFramesIsABadRow() throws IOException {
        List<byte[]> frames = new ArrayList<>(Tob3SampleWriter.fullFrames(STAMP, 0, 1));
        byte[] junk = new byte[Tob3SampleWriter.FRAME_SIZE];
        Arrays.fill(junk, (byte) 0x5A);
        frames.add(junk);
        frames.addAll(Tob3SampleWriter.fullFrames(STAMP, 40, 1));
        ReadOut out = read(file(frames));
        List<Instant> expected = new ArrayList<>(stamps(0, 20));
        expected.addAll(stamps(40, 60));
        assertThat(out.stamps()).containsExactlyElementsOf(expected);
        assertThat(out.errorLines()).singleElement().asString().startsWith("2: validation stamp 23130 is neither");
    }

    @Test
    void minorFramesThatDoNotAddUpLeaveOutTheirFrameOnly() throws IOException {
        byte[] minor = Tob3SampleWriter.minor(STAMP, Tob3SampleWriter.block(20, 5));
        minor[minor.length - 4] = 3; // the minor frame's size no longer fits
        List<byte[]> frames = new ArrayList<>(Tob3SampleWriter.fullFrames(STAMP, 0, 1));
        frames.add(Tob3SampleWriter.frameOfMinors(STAMP, minor));
        frames.addAll(Tob3SampleWriter.fullFrames(STAMP, 40, 1));
        ReadOut out = read(file(frames));
        assertThat(out.errorLines()).singleElement().asString().startsWith("2: its minor frames do not add up");
        List<Instant> expected = new ArrayList<>(stamps(0, 20));
        expected.addAll(stamps(40, 60));
        assertThat(out.stamps()).containsExactlyElementsOf(expected);
    }

    @Test
    void anUndecodableValueIsABadRowNamingTheRecordAndColumn() throws IOException {
        byte[] block = Tob3SampleWriter.block(0, 2);
        int tsOffset = 12 + 12; // the first record's Ts: after the frame header and Ux, Uy, Uz
        block[tsOffset] = 0x3F;
        block[tsOffset + 1] = 0x40; // FP2 magnitude 8000 with decimal locater 1: no logger writes it
        byte[] frame = Tob3SampleWriter.frameOfMinors(STAMP, Tob3SampleWriter.minor(STAMP, block));
        try (RowReader reader = open(file(List.of(frame)))) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(-2.0);
            RowException bad = org.junit.jupiter.api.Assertions.assertThrows(RowException.class, () -> reader.value(3));
            assertThat(bad.getMessage()).startsWith("ring.dat, record 1000, column Ts: 0x3F40 is not a valid FP2 value");
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(3)).isEqualTo(15.21);
            assertThat(reader.next()).isFalse();
        }
    }

    private static List<Instant> stamps(int from, int to) {
        return IntStream.range(from, to).mapToObj(r -> Tob3SampleWriter.stamp(r).toInstant(ZoneOffset.UTC)).toList();
    }

    private static byte[] file(List<byte[]> frames) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(Tob3SampleWriter.header(TABLE));
        parts.addAll(frames);
        return Tob3SampleWriter.concat(parts.toArray(new byte[0][]));
    }

    private static RowReader open(byte[] content) throws IOException {
        return new Tob3Format().open(InputSource.of("ring.dat", content), ParseSettings.UTC);
    }

    private static ReadOut read(byte[] content) throws IOException {
        try (RowReader reader = open(content)) {
            return ReadOut.of(reader);
        }
    }
}
