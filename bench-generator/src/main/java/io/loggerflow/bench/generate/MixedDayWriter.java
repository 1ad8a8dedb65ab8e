package io.loggerflow.bench.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A fleet of two kinds of logger: odd-numbered ones (1, 3, ...) write TOA5, even-numbered ones NRG text. */
final class MixedDayWriter implements DayFileWriter {
    private final DayFileWriter toa5;
    private final DayFileWriter nrg;

    MixedDayWriter(DayFileWriter toa5, DayFileWriter nrg) {
        this.toa5 = toa5;
        this.nrg = nrg;
    }

    private DayFileWriter of(int logger) {
        return logger % 2 == 0 ? toa5 : nrg;
    }

    @Override
    public String loggerName(int logger) {
        return of(logger).loggerName(logger);
    }

    @Override
    public List<Column> columns(int logger) {
        return of(logger).columns(logger);
    }

    @Override
    public String dayFileName(int logger, LocalDate day) {
        return of(logger).dayFileName(logger, day);
    }

    @Override
    public String monthArchiveName(int logger, YearMonth month) {
        return of(logger).monthArchiveName(logger, month);
    }

    @Override
    public long write(int logger, DaySimulation day, OutputStream out) throws IOException {
        return of(logger).write(logger, day, out);
    }
}
