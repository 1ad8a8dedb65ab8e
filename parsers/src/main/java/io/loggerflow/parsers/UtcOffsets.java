package io.loggerflow.parsers;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Clock offsets that headers state as text, e.g. {@code UTC+1}, {@code UTC +5:30}, {@code UTC -3,5 hrs}. */
public final class UtcOffsets {
    private static final Pattern UTC_TEXT = Pattern.compile(
            "(?:UTC|GMT)\\s*(?:([+-])\\s*(\\d{1,2})(?::?(\\d{2})(?::00)?)?)?", Pattern.CASE_INSENSITIVE);

    private UtcOffsets() {
    }

    /**
     * An offset written {@code UTC}, {@code UTC+1}, {@code UTC+01:00}, {@code GMT-0530}, {@code UTC+00:00:00} (as Ammonit's, AQ500's
     * and Kintech's headers state the clock).
     *
     * @throws DateTimeException when the text is not of that shape or the offset is beyond +/-18:00
     */
    public static ZoneOffset parseUtc(String text) {
        Matcher m = UTC_TEXT.matcher(text.trim());
        if (!m.matches()) {
            throw new DateTimeException("not a UTC offset: " + text);
        }
        return m.group(1) == null ? ZoneOffset.UTC : of(m.group(1), m.group(2), m.group(3), null);
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
