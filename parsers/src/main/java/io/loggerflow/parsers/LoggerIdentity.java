package io.loggerflow.parsers;

/**
 * Who wrote a file, as far as its header tells: the logger (station) and the table it writes.
 * Together with the site from configuration this identifies a source.
 *
 * @param logger the station / logger name (TOA5: station name)
 * @param table  the logger's table or file kind (TOA5: table name such as {@code Ten_Min}); never null, may be empty
 * @param model  datalogger model, or null
 * @param serial datalogger serial number, or null
 */
public record LoggerIdentity(String logger, String table, String model, String serial) {
    public LoggerIdentity {
        if (logger == null || logger.isBlank()) {
            throw new IllegalArgumentException("a logger identity needs a logger name");
        }
        table = table == null ? "" : table;
    }
}
