package io.loggerflow.worker.task43;

import java.util.List;

/**
 * What a station import did: the sensors whose metadata changed, the measurement points created or changed,
 * the calibrations added, those already stored as the document says, those removed (replaced), and the
 * conflicts with what was stored, each naming the document path. {@code applied} is false when conflicts
 * stopped the import (nothing was changed).
 */
public record ImportReport(boolean applied, int sensorsUpdated, int pointsSet, int calibrationsAdded,
                           int calibrationsUnchanged, int calibrationsRemoved, List<String> conflicts) {
}
