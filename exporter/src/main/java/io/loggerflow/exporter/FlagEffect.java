package io.loggerflow.exporter;

import java.time.Instant;

/**
 * A flag window that touches an export and the readings it left out of it. {@code scope}: source, point or
 * sensor; {@code target}: the point's or sensor's name (null for the whole source).
 */
record FlagEffect(int id, String scope, String target, Instant from, Instant to, String reason, long removed) {
}
