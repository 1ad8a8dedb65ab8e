package io.loggerflow.worker.web;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * loggerflow's own small HTTP server (JDK built-in): {@code /metrics} always, {@code /upload} and
 * {@code /files/{id}} when uploads are enabled. Bound to 127.0.0.1 by default.
 */
public final class HttpApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApiServer.class);

    private final HttpServer server;
    private final ExecutorService executor;

    public HttpApiServer(String bindAddress, int port) {
        try {
            this.server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve HTTP on " + bindAddress + ":" + port + ": " + e.getMessage(), e);
        }
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "http-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
    }

    /** Serves {@code path} and everything below it with the handler. */
    public HttpApiServer route(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    public void start() {
        server.start();
        LOG.info("HTTP API on http://{}:{}/ (metrics at /metrics)", server.getAddress().getHostString(), port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
