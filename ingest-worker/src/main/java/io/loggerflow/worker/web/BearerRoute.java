package io.loggerflow.worker.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * A route of the HTTP API that takes one method and the bearer token: anything else is answered (405,
 * 401) before the request body is read, and only then does the endpoint see the request. An endpoint's
 * {@link Refused} becomes its JSON error; an unexpected failure a 500.
 */
final class BearerRoute implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(BearerRoute.class);

    /** Handles an authorised request. */
    interface Endpoint {
        void handle(HttpExchange exchange) throws IOException, Refused;
    }

    private final String method;
    private final byte[] tokenDigest;
    private final Endpoint endpoint;

    BearerRoute(String method, byte[] tokenDigest, Endpoint endpoint) {
        this.method = method;
        this.tokenDigest = tokenDigest;
        this.endpoint = endpoint;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        ApiResponses.guarded(exchange, LOG, () -> {
            if (!ApiResponses.requireMethod(exchange, method) || !ApiResponses.requireBearer(exchange, tokenDigest)) {
                return;
            }
            try {
                endpoint.handle(exchange);
            } catch (Refused e) {
                ApiResponses.errorAndClose(exchange, e.status(), e.getMessage());
            }
        });
    }
}
