package io.loggerflow.bench.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates the files of a {@link GeneratorSpec}. Work is split by logger and month (a month is also the unit
 * of a per-month archive) and runs on a few threads; since every (logger, day) has its own random stream, the
 * output does not depend on the thread count or order.
 */
public final class LoadGenerator {
    private final int threads;

    /** Uses all available processors. */
    public LoadGenerator() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public LoadGenerator(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    /** Writes all day files (or archives) into {@code outDir}, creating it when needed. */
    public GenerationResult generate(GeneratorSpec spec, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        WeatherModel model = new WeatherModel(spec);
        DayFileWriter writer = DayFileWriter.of(spec, model.layout());
        List<Callable<Written>> units = new ArrayList<>();
        for (int logger = 0; logger < spec.loggers(); logger++) {
            for (List<LocalDate> month : months(spec)) {
                int unitLogger = logger;
                units.add(() -> writeUnit(spec, model, writer, unitLogger, month, outDir));
            }
        }
        List<Path> files = new ArrayList<>();
        long rows = 0;
        long readings = 0;
        for (Written written : run(units)) {
            files.addAll(written.files());
            rows += written.rows();
            readings += written.readings();
        }
        files.sort(Comparator.naturalOrder());
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return new GenerationResult(files, rows, readings, bytes);
    }

    /**
     * Writes the same readings as {@link #generate} would, as one tidy CSV {@code ts,sensor,value} (header line
     * first, ts = interval start).
     *
     * @return readings written, equal to {@link GenerationResult#readings()} of the same spec
     */
    public long writeTidyCsv(GeneratorSpec spec, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        WeatherModel model = new WeatherModel(spec);
        return new TidyCsvWriter(spec, model, DayFileWriter.of(spec, model.layout())).write(file);
    }

    private record Written(List<Path> files, long rows, long readings) {
    }

    private static Written writeUnit(GeneratorSpec spec, WeatherModel model, DayFileWriter writer, int logger,
                                     List<LocalDate> days, Path outDir) throws IOException {
        long readings = 0;
        String archive = writer.monthArchiveName(logger, YearMonth.from(days.get(0)));
        try (DayFileOutput output = new DayFileOutput(spec.packing(), outDir)) {
            for (LocalDate day : days) {
                try (OutputStream out = output.open(writer.dayFileName(logger, day), archive, day)) {
                    readings += writer.write(logger, model.day(logger, day), out);
                }
            }
            output.close(); // before listing: the archive must be complete when its size is read
            return new Written(output.files(), (long) days.size() * TenMinuteDay.ROWS, readings);
        }
    }

    /** The spec's days, grouped by calendar month. */
    private static List<List<LocalDate>> months(GeneratorSpec spec) {
        List<List<LocalDate>> months = new ArrayList<>();
        List<LocalDate> current = new ArrayList<>();
        for (int d = 0; d < spec.days(); d++) {
            LocalDate day = spec.start().plusDays(d);
            if (!current.isEmpty() && !YearMonth.from(day).equals(YearMonth.from(current.get(0)))) {
                months.add(current);
                current = new ArrayList<>();
            }
            current.add(day);
        }
        months.add(current);
        return months;
    }

    private List<Written> run(List<Callable<Written>> units) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, units.size()), runnable -> {
            Thread thread = new Thread(runnable, "loadgen");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Written> results = new ArrayList<>(units.size());
            for (Future<Written> future : pool.invokeAll(units)) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
