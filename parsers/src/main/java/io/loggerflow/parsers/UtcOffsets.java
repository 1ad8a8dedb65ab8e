package io.loggerflow.parsers;

import java.time.DateTimeException;
import java.time.ZoneOffset;

/** Clock offsets that headers state as text, e.g. {@code UTC+1}, {@code UTC +5:30}, {@code UTC -3,5 hrs}. */
public final class UtcOffsets {
    private UtcOffsets() {
    }

    /**
     * The offset from the pieces of a matched header value.
     *
     * @param sign     "+" or "-"
     * @param hours    whole hours (digits)
     * @param minutes  minutes (digits) or null
     * @param fraction decimal digits of a fractional hour ({@code 5} for {@code 3.5}) or null; used when
     *                 {@code minutes} is null, rounded to whole minutes
     * @throws DateTimeException when the offset is beyond +/-18:00
     */
    public static ZoneOffset of(String sign, String hours, String minutes, String fraction) {
        int total = Integer.parseInt(hours) * 60;
        if (minutes != null) {
            total += Integer.parseInt(minutes);
        } else if (fraction != null) {
            total += (int) Math.round(Double.parseDouble("0." + fraction) * 60);
        }
        return ZoneOffset.ofTotalSeconds((sign.equals("-") ? -total : total) * 60);
    }
}
