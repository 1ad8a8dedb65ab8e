package io.loggerflow.parsers;

/**
 * One measured column of a logger file, with what the file itself says about it. Anything the file does
 * not state is null; standardized (IEA Task 43) metadata is derived from these facts elsewhere.
 *
 * @param name           the raw column name, exactly as written in the file (always kept)
 * @param unit           the unit as written by the logger, or null when the format has none
 * @param statistic      the on-logger processing as written (TOA5 line 4: Avg, Std, Max, Min, Smp, WVc...;
 *                       NRG: Avg, SD, Min, Max, Gust...), or null
 * @param heightM        measurement height in metres when the header states it (NRG sensor history,
 *                       lidar range gates), else null
 * @param orientationDeg boom / sensor orientation in degrees from north when the header states it, else null
 * @param sensorType     the manufacturer's sensor or channel type when stated (NRG: Anem, Vane, Analog...), else null
 */
public record Channel(String name, String unit, String statistic, Double heightM, Double orientationDeg,
                      String sensorType) {
    public Channel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a channel needs a name");
        }
    }

    /** A channel whose header states only name, unit and statistic. */
    public Channel(String name, String unit, String statistic) {
        this(name, unit, statistic, null, null, null);
    }
}
