package io.loggerflow.worker.health;

import java.time.Duration;

/**
 * What counts as unhealthy.
 *
 * @param staleAfter      a source whose latest reading is older than this is stale
 * @param days            how many days of readings are checked for gaps and flat lines
 * @param minGapIntervals a gap is reported when at least this many usual steps are missing
 * @param flatWindow      the window in which an unchanged value is a flat line
 * @param flatMinReadings readings a window needs before it can be judged flat
 */
public record HealthSettings(Duration staleAfter, int days, int minGapIntervals, Duration flatWindow,
                             int flatMinReadings) {
}
