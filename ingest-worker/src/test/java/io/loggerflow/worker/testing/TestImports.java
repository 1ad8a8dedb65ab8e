package io.loggerflow.worker.testing;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.load.ImportOutcome;
import io.loggerflow.worker.load.ImportRequest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;

/** Shortcuts for tests: import a file in place for the default site; scrape a worker's /metrics. */
public final class TestImports {
    private TestImports() {
    }

    /** Imports the file, then waits for the recompression a merge asks for: the chunks are as the import left them. */
    public static ImportOutcome importFile(Loggerflow app, Path file) throws Exception {
        ImportOutcome outcome = app.importService().importFile(new ImportRequest(file, false, "default",
                Optional.empty(), ZoneOffset.UTC, Optional.empty()));
        if (!app.awaitRecompressions(java.time.Duration.ofMinutes(5))) {
            throw new IllegalStateException("the recompression after " + file + " did not finish in 5 minutes");
        }
        return outcome;
    }

    public static String scrapeMetrics(int port) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
