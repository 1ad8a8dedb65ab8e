package io.loggerflow.worker.db;

/** Where the database is. The password is never printed: {@link #toString()} leaves it out. */
public record ConnectionInfo(String url, String user, String password) {
    @Override
    public String toString() {
        return url + (user == null || user.isEmpty() ? "" : " as " + user);
    }
}
