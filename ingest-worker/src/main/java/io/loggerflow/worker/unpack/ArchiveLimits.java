package io.loggerflow.worker.unpack;

/**
 * Bounds that keep a hostile or broken archive from filling the disk.
 *
 * @param maxExpandedBytes total bytes all members of one archive may expand to
 * @param maxRatio         expanded bytes per archive byte beyond which an archive is treated as a bomb
 *                         (logger text compresses 5-20x; a bomb compresses 1000x and more)
 * @param maxEntries       members per archive
 * @param maxDepth         archives inside archives
 */
public record ArchiveLimits(long maxExpandedBytes, long maxRatio, int maxEntries, int maxDepth) {
    /** Ratios are only checked past this size, so tiny archives of tiny files are never refused. */
    static final long RATIO_GRACE_BYTES = 1 << 20;
}
