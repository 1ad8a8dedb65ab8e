package io.loggerflow.bench.generate;

/**
 * One value column of a day file.
 *
 * @param name     the column name as the format writes it, e.g. {@code WS_80m_Avg}
 * @param slot     where its value sits in a {@link DaySimulation} row
 * @param decimals decimal places it is written with
 */
record Column(String name, int slot, int decimals) {

    static Column of(String name, Sensor sensor, Statistic statistic) {
        return new Column(name, sensor.slot(statistic), sensor.kind().decimals());
    }
}
