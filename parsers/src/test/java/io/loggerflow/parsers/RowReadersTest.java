package io.loggerflow.parsers;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowReadersTest {

    @Test
    void closesTheStreamWhenTheFactoryFails() {
        AtomicBoolean closed = new AtomicBoolean();
        InputSource source = new InputSource() {
            @Override
            public String name() {
                return "f";
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(new byte[0]) {
                    @Override
                    public void close() {
                        closed.set(true);
                    }
                };
            }
        };
        assertThatThrownBy(() -> RowReaders.open(source, in -> {
            throw new InputFormatException("f", 1, null, "bad");
        })).isInstanceOf(InputFormatException.class).hasMessage("f, line 1: bad");
        assertThat(closed).isTrue();
    }
}
