package io.loggerflow.worker.web;

/** A request the API refuses: the HTTP status and the message returned to the client. */
final class Refused extends Exception {
    private final int status;

    Refused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
