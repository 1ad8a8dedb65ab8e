package io.loggerflow.worker.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;

/**
 * What the HTTP API handlers share: JSON responses ({@code {"error": "..."}} for errors) and the bearer
 * token check.
 */
final class ApiResponses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiResponses() {
    }

    /** Sends {@code body} (a map of strings, numbers and nulls, in its iteration order) as JSON. */
    static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void error(HttpExchange exchange, int status, String message) throws IOException {
        json(exchange, status, Map.of("error", message));
    }

    /**
     * An error sent before the request body was read: the connection is closed afterwards, so a client
     * sending a large body is not read to its end.
     */
    static void errorAndClose(HttpExchange exchange, int status, String message) throws IOException {
        exchange.getResponseHeaders().set("Connection", "close");
        error(exchange, status, message);
    }

    /** 405 with the allowed method; true when the request used {@code method}. */
    static boolean requireMethod(HttpExchange exchange, String method) throws IOException {
        if (exchange.getRequestMethod().equals(method)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", method);
        errorAndClose(exchange, 405, "only " + method + " is allowed here");
        return false;
    }

    /** SHA-256 of a token, the form it is kept and compared in. */
    static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks {@code Authorization: Bearer <token>} against the expected token's digest, in constant time
     * (digests of equal length, compared with {@link MessageDigest#isEqual}); sends 401 and returns false
     * when it is missing or wrong.
     */
    static boolean requireBearer(HttpExchange exchange, byte[] expectedDigest) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String prefix = "bearer ";
        boolean ok = header != null && header.length() > prefix.length()
                && header.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix)
                && MessageDigest.isEqual(digest(header.substring(prefix.length()).trim()), expectedDigest);
        if (!ok) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            errorAndClose(exchange, 401, header == null ? "missing bearer token" : "invalid bearer token");
        }
        return ok;
    }

    /** Runs a handler body, turning an unexpected exception into a 500 if nothing was sent yet. */
    static void guarded(HttpExchange exchange, org.slf4j.Logger log, Body body) throws IOException {
        try {
            body.handle();
        } catch (IOException | RuntimeException e) {
            log.warn("{} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), e.toString());
            if (exchange.getResponseCode() == -1) {
                errorAndClose(exchange, 500, "internal error, see the server log");
            }
        } finally {
            exchange.close();
        }
    }

    interface Body {
        void handle() throws IOException;
    }
}
