package io.loggerflow.worker.web;

import com.sun.net.httpserver.HttpServer;
import org.jobrunr.dashboard.JobRunrApiHandler;
import org.jobrunr.dashboard.JobRunrSseHandler;
import org.jobrunr.dashboard.JobRunrStaticFileHandler;
import org.jobrunr.dashboard.server.HttpExchangeHandler;
import org.jobrunr.dashboard.server.http.RedirectHttpHandler;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves JobRunr's dashboard on a chosen address. JobRunr's own web server listens on every interface;
 * this one binds to the configured address (127.0.0.1 by default) and mounts JobRunr's handlers.
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<HttpExchangeHandler> handlers;

    public DashboardServer(String bindAddress, int port, StorageProvider storage, JsonMapper jsonMapper) {
        this.handlers = List.of(
                new RedirectHttpHandler("/", "/dashboard"),
                new JobRunrStaticFileHandler(),
                new JobRunrApiHandler(storage, jsonMapper, false),
                new JobRunrSseHandler(storage, jsonMapper));
        try {
            this.server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the dashboard on " + bindAddress + ":" + port + ": "
                    + e.getMessage(), e);
        }
        handlers.forEach(handler -> server.createContext(handler.getContextPath(), handler));
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "dashboard");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
    }

    public void start() {
        server.start();
        LOG.info("JobRunr dashboard: http://{}:{}/dashboard", server.getAddress().getHostString(), port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.forEach(HttpExchangeHandler::close);
        executor.shutdownNow();
    }
}
