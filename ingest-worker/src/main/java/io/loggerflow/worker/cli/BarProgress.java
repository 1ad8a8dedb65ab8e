package io.loggerflow.worker.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress on a terminal: a redrawn bar with files done/total, readings/s and the ETA (me.tongfei progressbar). */
final class BarProgress implements Progress {
    private final ProgressCounts counts;
    private final ProgressBar bar;

    BarProgress(ProgressCounts counts) {
        this.counts = counts;
        this.bar = new ProgressBarBuilder()
                .setTaskName(counts.task())
                .setInitialMax(counts.total())
                .setUnit(" " + counts.unit(), 1)
                // plain ASCII: the Windows console's default code page has no block characters
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .build();
    }

    @Override
    public void advance(long units, long readings) {
        counts.add(units, readings);
        bar.stepTo(counts.done());
        bar.setExtraMessage(counts.readingsPerSecond() + " readings/s");
    }

    @Override
    public void complete() {
        counts.complete();
        bar.stepTo(counts.done());
    }

    @Override
    public boolean drawsBar() {
        return true;
    }

    @Override
    public void close() {
        bar.close();
    }
}
