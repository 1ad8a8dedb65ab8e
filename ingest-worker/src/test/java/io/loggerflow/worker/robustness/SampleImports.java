package io.loggerflow.worker.robustness;

import io.loggerflow.parsers.SampleExpectations.Sample;
import io.loggerflow.worker.config.BadRows;
import io.loggerflow.worker.config.FolderSettings;
import io.loggerflow.worker.load.ImportOutcome;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.load.ImportService;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a file the way {@code import FILE} does (in place, through the worker's {@link ImportService}), for
 * one site, read as a sample is declared: detected, or with its format and options file; bad rows as a
 * folder treats them by default.
 */
final class SampleImports {
    private SampleImports() {
    }

    static ImportOutcome importAs(ImportService service, Path file, String site, Sample sample) throws Exception {
        Optional<String> format = sample.detected() ? Optional.empty() : Optional.of(sample.format());
        Map<String, String> options = sample.options();
        FolderSettings folder = new FolderSettings(site, format, ZoneOffset.UTC, Optional.empty(), options, BadRows.DEFAULT);
        return service.importFile(new ImportRequest(file, false, folder, Optional.empty()));
    }
}
