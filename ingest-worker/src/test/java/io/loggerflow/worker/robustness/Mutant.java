package io.loggerflow.worker.robustness;

/**
 * One damaged copy of a sample.
 *
 * @param id                 its number in the corpus (also its site: {@code m<id>}), for reproducing it
 * @param sample             the sample it was made from, e.g. {@code campbell/MAST01_Ten_Min_2024_03_01.dat}
 * @param damage             what was done to it, in order, e.g. {@code truncate@1234, swap rows 7/8}
 * @param bytes              its content
 * @param removedHeaderLines how many of the sample's header lines were taken out (where its data rows start)
 */
record Mutant(int id, String sample, String damage, byte[] bytes, int removedHeaderLines) {
    String describe(long seed) {
        return "mutant " + id + " of " + sample + " (" + damage + "; seed " + seed + ")";
    }
}
