/**
 * A deterministic load generator: realistic 10-minute met-mast data written as the files real loggers write
 * (Campbell TOA5, NRG SymphoniePRO text export), loose or zipped, plus the same readings as one tidy CSV for a
 * raw-COPY baseline.
 * <p>
 * Everything follows from the {@link io.loggerflow.bench.generate.GeneratorSpec}: the same spec gives
 * byte-identical files. Each (logger, day) draws from its own random stream, so any day can be generated alone
 * and in any order (this is what lets {@link io.loggerflow.bench.generate.LoadGenerator} work in parallel).
 * Files are streamed row by row; nothing holds a whole file in memory.
 */
package io.loggerflow.bench.generate;
