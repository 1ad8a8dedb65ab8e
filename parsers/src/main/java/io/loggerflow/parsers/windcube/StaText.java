package io.loggerflow.parsers.windcube;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.OptionValues;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.TextInput;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Option keys and the encoding choice for .sta files. */
final class StaText {
    static final String OPTION_ENCODING = "encoding";
    static final String OPTION_MISSING = "missing";
    static final String OPTION_STAMP_POSITION = "stamp-position";

    private static final int SNIFF_BYTES = 64 * 1024;

    private StaText() {
    }

    /**
     * The charset to decode a file with: the {@code encoding} option when set; else UTF-8 when the file starts
     * with a UTF-8 BOM or its first 64 KiB are valid UTF-8 containing a multi-byte '°'; else ISO-8859-1
     * (the vendor writes '°' as the single byte 0xB0).
     */
    static Charset charset(InputSource source, ParseSettings settings) throws IOException {
        var option = OptionValues.charset(settings, OPTION_ENCODING);
        if (option.isPresent()) {
            return option.get();
        }
        byte[] head = TextInput.head(source, SNIFF_BYTES);
        return TextInput.hasBom(head) || isUtf8WithDegreeSign(head) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }

    private static boolean isUtf8WithDegreeSign(byte[] head) {
        int end = head.length;
        while (end > 0 && head[end - 1] != '\n') {
            end--; // decode whole lines only, so a sequence cut at the sniff limit is no reason to refuse
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end)).toString();
            return text.indexOf('\u00B0') >= 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The {@code missing} option: numbers separated by '|', each read as missing. */
    static double[] sentinels(ParseSettings settings) {
        return OptionValues.numbers(settings, OPTION_MISSING, false);
    }
}
