package io.loggerflow.parsers;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What a parser needs to know that the file itself does not say.
 *
 * @param timeZone the zone of the logger clock, used for formats whose timestamps carry no offset
 */
public record ParseSettings(ZoneId timeZone) {
    public static final ParseSettings UTC = new ParseSettings(ZoneOffset.UTC);

    public ParseSettings {
        if (timeZone == null) {
            throw new IllegalArgumentException("a time zone is required");
        }
    }
}
