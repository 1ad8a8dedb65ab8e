package io.loggerflow.worker.db;

import io.loggerflow.worker.config.Settings;

/**
 * The database loggerflow uses: the configured one, or else the embedded PostgreSQL under the data folder.
 * Closing stops the embedded server only if this process started it.
 */
public interface DatabaseServer extends AutoCloseable {

    ConnectionInfo connectionInfo();

    /** A short human description for logs ("external ...", "embedded ... (started|attached)"). */
    String describe();

    @Override
    void close();

    static DatabaseServer fromSettings(Settings settings) {
        if (settings.dbUrl().isPresent()) {
            ConnectionInfo info = new ConnectionInfo(settings.dbUrl().get(), settings.dbUser().orElse(null),
                    settings.dbPassword().orElse(null));
            return new DatabaseServer() {
                @Override
                public ConnectionInfo connectionInfo() {
                    return info;
                }

                @Override
                public String describe() {
                    return "external PostgreSQL at " + info;
                }

                @Override
                public void close() {
                }
            };
        }
        return EmbeddedDatabase.startOrAttach(settings.embeddedDbDir(), settings.embeddedDbPort());
    }
}
