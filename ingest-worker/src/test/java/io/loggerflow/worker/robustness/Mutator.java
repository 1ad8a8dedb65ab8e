package io.loggerflow.worker.robustness;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Damages a sample the ways transfers and re-collections damage logger files. Every mutant of a corpus has
 * distinct content (an identical one would be recorded as a duplicate rather than imported).
 */
final class Mutator {
    /** The kinds of damage; each sample gets {@code count} mutants of each. */
    enum Kind {
        TRUNCATE(8), FLIP(8), REPEAT_ROW(5), REPEAT_BLOCK(5), SWAP_ROWS(5), BLANK_LINE(4), GARBAGE_LINE(5),
        REMOVE_HEADER_LINE(4), COMBINED(2);

        final int count;

        Kind(int count) {
            this.count = count;
        }
    }

    private final Random random;
    private final Set<ByteBuffer> seen = new HashSet<>();
    private int next;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** The unmutated base, then every kind's mutants, for one sample. */
    List<Mutant> mutants(SampleShape shape) {
        List<Mutant> mutants = new ArrayList<>();
        Units base = shape.base();
        mutants.add(distinct(shape, "base (header and first rows)", base.bytes(), 0));
        for (Kind kind : Kind.values()) {
            int wanted = kind == Kind.REMOVE_HEADER_LINE ? Math.min(kind.count, base.header.size()) : kind.count;
            for (int i = 0; i < wanted; i++) {
                for (int attempt = 0; ; attempt++) {
                    Mutant mutant = mutate(shape, base, kind);
                    if (mutant != null) {
                        mutants.add(mutant);
                        break;
                    }
                    if (attempt > 200) {
                        throw new IllegalStateException("no distinct " + kind + " mutant of " + shape.sample().name());
                    }
                }
            }
        }
        return mutants;
    }

    private Mutant mutate(SampleShape shape, Units base, Kind kind) {
        Units units = base.copy();
        List<String> done = new ArrayList<>();
        int[] removed = {0};
        byte[] bytes;
        if (kind == Kind.COMBINED) {
            List<Kind> unitKinds = List.of(Kind.REPEAT_ROW, Kind.REPEAT_BLOCK, Kind.SWAP_ROWS, Kind.BLANK_LINE,
                    Kind.GARBAGE_LINE);
            for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
                done.add(onUnits(shape, units, unitKinds.get(random.nextInt(unitKinds.size())), removed));
            }
            bytes = units.bytes();
            Kind last = random.nextBoolean() ? Kind.TRUNCATE : Kind.FLIP;
            StringBuilder what = new StringBuilder();
            bytes = onBytes(shape, bytes, last, what);
            done.add(what.toString());
        } else if (kind == Kind.TRUNCATE || kind == Kind.FLIP) {
            StringBuilder what = new StringBuilder();
            bytes = onBytes(shape, units.bytes(), kind, what);
            done.add(what.toString());
        } else {
            done.add(onUnits(shape, units, kind, removed));
            bytes = units.bytes();
        }
        return distinct(shape, String.join(", ", done), bytes, removed[0]);
    }

    private Mutant distinct(SampleShape shape, String damage, byte[] bytes, int removedHeaderLines) {
        if (!seen.add(ByteBuffer.wrap(bytes))) {
            return null;
        }
        return new Mutant(++next, shape.sample().name(), damage, bytes, removedHeaderLines);
    }

    private String onUnits(SampleShape shape, Units units, Kind kind, int[] removed) {
        List<byte[]> data = units.data;
        int i = random.nextInt(data.size());
        switch (kind) {
            case REPEAT_ROW -> {
                data.add(i + 1, data.get(i));
                return "repeat row " + (i + 1);
            }
            case REPEAT_BLOCK -> {
                int k = Math.min(2 + random.nextInt(5), data.size() - i);
                data.addAll(i + k, new ArrayList<>(data.subList(i, i + k)));
                return "repeat rows " + (i + 1) + ".." + (i + k);
            }
            case SWAP_ROWS -> {
                int j = random.nextBoolean() ? Math.min(i + 1, data.size() - 1) : random.nextInt(data.size());
                byte[] a = data.get(i);
                data.set(i, data.get(j));
                data.set(j, a);
                return "swap rows " + (i + 1) + "/" + (j + 1);
            }
            case BLANK_LINE -> {
                data.add(i, shape.blankUnit(random));
                return "blank before row " + (i + 1);
            }
            case GARBAGE_LINE -> {
                data.add(i, shape.garbageUnit(random));
                return "garbage before row " + (i + 1);
            }
            case REMOVE_HEADER_LINE -> {
                int h = random.nextInt(units.header.size());
                units.header.remove(h);
                removed[0]++;
                return "remove header line " + (h + 1);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    private byte[] onBytes(SampleShape shape, byte[] bytes, Kind kind, StringBuilder what) {
        if (kind == Kind.TRUNCATE) {
            int at = 1 + random.nextInt(bytes.length - 1);
            what.append("truncate at byte ").append(at);
            return Arrays.copyOf(bytes, at);
        }
        byte[] flipped = bytes.clone();
        int flips = 1 + random.nextInt(3);
        what.append("flip");
        for (int f = 0; f < flips; f++) {
            while (true) {
                int at = random.nextInt(flipped.length);
                byte before = flipped[at];
                byte after = (byte) (before ^ (1 << random.nextInt(8)));
                if (shape.keepsLineBreaks(flipped, at) && (isBreak(before) || isBreak(after))) {
                    continue; // keeps the line structure, so the mutant's data rows stay countable
                }
                flipped[at] = after;
                what.append(" byte ").append(at);
                break;
            }
        }
        return flipped;
    }

    private static boolean isBreak(byte b) {
        return b == '\n' || b == '\r';
    }
}
