package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A byte that is not UTF-8 in the first block the CSV parser reads is refused like one further on. */
class WideCsvFirstBlockTest {
    @Test
    void aBadByteInTheFirstDataLineIsRefusedNamingItsLine() {
        byte[] file = "timestamp,speed\n2024-03-01 00:00,7.5\n2024-03-01 00:10,7.6\n".getBytes(StandardCharsets.UTF_8);
        file[20] = (byte) 0xFF; // inside line 2
        assertThatThrownBy(() -> {
            try (var reader = new WideCsvFormat().open(InputSource.of("w.csv", file), ParseSettings.UTC)) {
                while (reader.next()) {
                    reader.value(0);
                }
            }
        }).isExactlyInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("w.csv, line 2: not valid UTF-8 text");
    }
}
