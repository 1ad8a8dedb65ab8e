package io.loggerflow.bench.generate;

/** The four statistics every generated sensor reports per interval. */
enum Statistic {
    AVG, SD, MIN, MAX;

    static final int COUNT = values().length;
}
