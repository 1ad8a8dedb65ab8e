package io.loggerflow.parsers;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What every reader reports from the header it read in its constructor: the logger, the channels,
 * where its stamps sit in the averaging interval and the interval when stated. Readers assign these fields
 * once, while opening.
 */
public abstract class RowReaderBase implements RowReader {
    protected LoggerIdentity identity;
    protected List<Channel> channels;
    protected StampPosition stampPosition = StampPosition.UNKNOWN;
    /** The averaging interval the header or the options state; null when none does. */
    protected Duration interval;

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

    @Override
    public Optional<Duration> interval() {
        return Optional.ofNullable(interval);
    }
}
