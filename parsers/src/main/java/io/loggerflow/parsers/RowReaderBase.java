package io.loggerflow.parsers;

import java.util.List;

/**
 * What every reader reports from the header it read in its constructor: the logger, the channels and
 * where its stamps sit in the averaging interval. Readers assign these fields once, while opening.
 */
public abstract class RowReaderBase implements RowReader {
    protected LoggerIdentity identity;
    protected List<Channel> channels;
    protected StampPosition stampPosition = StampPosition.UNKNOWN;

    @Override
    public LoggerIdentity identity() {
        return identity;
    }

    @Override
    public List<Channel> channels() {
        return channels;
    }

    @Override
    public StampPosition stampPosition() {
        return stampPosition;
    }
}
