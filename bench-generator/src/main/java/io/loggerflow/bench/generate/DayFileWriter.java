package io.loggerflow.bench.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Writes one logger's day as the file a real logger of one format writes, and names it as the logger does. */
interface DayFileWriter {

    /** The logger name loggerflow reads from the file's header (TOA5 station, NRG site number). */
    String loggerName(int logger);

    /** The logger's value columns, in file order; the same for every logger of one format. */
    List<Column> columns(int logger);

    String dayFileName(int logger, LocalDate day);

    /** The name of a zip holding all day files of one logger and month. */
    String monthArchiveName(int logger, YearMonth month);

    /**
     * Streams the day's rows to {@code out} (not closing it).
     *
     * @return readings written: value cells that are not missing
     */
    long write(int logger, DaySimulation day, OutputStream out) throws IOException;

    static DayFileWriter of(GeneratorSpec spec, MastLayout layout) {
        return switch (spec.format()) {
            case TOA5 -> new Toa5DayWriter(spec, layout);
            case NRG -> new NrgTextDayWriter(spec, layout);
            case MIXED -> new MixedDayWriter(new Toa5DayWriter(spec, layout), new NrgTextDayWriter(spec, layout));
        };
    }
}
