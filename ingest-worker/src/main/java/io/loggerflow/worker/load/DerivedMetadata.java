package io.loggerflow.worker.load;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.metadata.MetadataRules;
import io.loggerflow.parsers.metadata.SensorMetadata;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The standard rules' Task 43 metadata of each channel, remembered: a fleet's files repeat the same
 * channels, and matching every rule's pattern against every channel of every day file was a fifth of an
 * import worker's time. A channel's metadata depends on the channel alone. The memory is bounded: past
 * {@link #MAX_CHANNELS} channels it starts again empty.
 */
final class DerivedMetadata {
    static final int MAX_CHANNELS = 20_000;
    private static final MetadataRules RULES = MetadataRules.standard();
    private static final Map<Channel, SensorMetadata> DERIVED = new ConcurrentHashMap<>();

    private DerivedMetadata() {
    }

    static SensorMetadata of(Channel channel) {
        SensorMetadata known = DERIVED.get(channel);
        if (known != null) {
            return known;
        }
        if (DERIVED.size() >= MAX_CHANNELS) {
            DERIVED.clear();
        }
        SensorMetadata derived = RULES.derive(channel);
        DERIVED.put(channel, derived);
        return derived;
    }
}
