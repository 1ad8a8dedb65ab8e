package io.loggerflow.bench.generate;

import java.time.LocalDate;

/** The weather of all loggers of a spec; immutable, so day simulations can run on any thread. */
final class WeatherModel {
    private final GeneratorSpec spec;
    private final MastLayout layout;
    private final LoggerClimate[] climates;

    WeatherModel(GeneratorSpec spec) {
        this.spec = spec;
        this.layout = MastLayout.of(spec.sensors());
        this.climates = new LoggerClimate[spec.loggers()];
        for (int logger = 0; logger < climates.length; logger++) {
            climates[logger] = LoggerClimate.of(spec.seed(), logger);
        }
    }

    MastLayout layout() {
        return layout;
    }

    LoggerClimate climate(int logger) {
        return climates[logger];
    }

    /** A fresh simulation of one logger's day; its random stream depends only on seed, logger and date. */
    DaySimulation day(int logger, LocalDate date) {
        return new DaySimulation(layout, climates[logger], date, spec.missingFraction(),
                Seeds.derive(spec.seed(), 2, logger, date.toEpochDay()));
    }
}
