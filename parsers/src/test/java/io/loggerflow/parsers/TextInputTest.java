package io.loggerflow.parsers;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextInputTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    @Test
    void headReadsAtMostTheGivenBytes() throws IOException {
        InputSource source = InputSource.of("a.txt", "abcdef".getBytes(StandardCharsets.US_ASCII));
        assertThat(TextInput.head(source, 3)).containsExactly('a', 'b', 'c');
        assertThat(TextInput.head(source, 100)).hasSize(6);
    }

    @Test
    void skipBomConsumesOnlyABom() throws IOException {
        InputStream with = TextInput.markable(new ByteArrayInputStream(withBom("x")));
        assertThat(TextInput.skipBom(with)).isTrue();
        assertThat(with.read()).isEqualTo('x');
        InputStream without = TextInput.markable(new ByteArrayInputStream("xy".getBytes(StandardCharsets.US_ASCII)));
        assertThat(TextInput.skipBom(without)).isFalse();
        assertThat(without.read()).isEqualTo('x');
    }

    @Test
    void lenientReaderReplacesBadBytesAndSkipsTheBomForUtf8Only() throws IOException {
        byte[] bad = {'a', (byte) 0xFF, 'b', '\n'};
        try (BufferedReader r = TextInput.lenientReader(new ByteArrayInputStream(bad), StandardCharsets.UTF_8)) {
            assertThat(r.readLine()).isEqualTo("a" + TextInput.REPLACEMENT + "b");
        }
        try (BufferedReader r = TextInput.lenientReader(new ByteArrayInputStream(withBom("z")), StandardCharsets.UTF_8)) {
            assertThat(r.readLine()).isEqualTo("z");
        }
        try (BufferedReader r = TextInput.lenientReader(new ByteArrayInputStream(withBom("z")), StandardCharsets.ISO_8859_1)) {
            assertThat(r.readLine()).isEqualTo("\u00EF\u00BB\u00BFz");
        }
    }

    @Test
    void headLineEndsBeforeTheLineBreak() {
        assertThat(TextInput.headLine(withBom("a,b\r\nc"))).isEqualTo("a,b");
        assertThat(TextInput.headLine("a\nb".getBytes(StandardCharsets.US_ASCII))).isEqualTo("a");
        assertThat(TextInput.headLine("only".getBytes(StandardCharsets.US_ASCII))).isEqualTo("only");
    }
}
