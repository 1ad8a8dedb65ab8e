package io.loggerflow.worker.cli;

/**
 * How far a long command is (files imported, sources exported): a bar on a terminal, a plain line every
 * few seconds otherwise ({@link ProgressOptions#start}). Goes to the error stream, so the command's table on
 * standard output stays clean for pipes and files.
 */
interface Progress extends AutoCloseable {
    /** {@code --quiet}: nothing at all. */
    Progress NONE = new Progress() {
        @Override
        public void advance(long units, long readings) {
        }

        @Override
        public void complete() {
        }

        @Override
        public boolean drawsBar() {
            return false;
        }

        @Override
        public void close() {
        }
    };

    /** Units done (files, sources) and the readings they held, since the previous call. */
    void advance(long units, long readings);

    /** Every unit is done (some may have had nothing to report). */
    void complete();

    /** True while a bar owns the terminal's last line: per-item lines would tear it, so callers skip them. */
    boolean drawsBar();

    /** Stops reporting; a line reporter prints its final line. */
    @Override
    void close();
}
