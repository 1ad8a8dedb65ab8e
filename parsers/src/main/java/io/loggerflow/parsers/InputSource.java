package io.loggerflow.parsers;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file a parser reads. It can be opened more than once, so a format that must know something before
 * streaming rows (e.g. the sensors of a tidy CSV) can make a cheap first pass.
 */
public interface InputSource {

    /** The file name, used in error messages. */
    String name();

    /** A new buffered stream from the start of the file; the caller closes it. */
    InputStream open() throws IOException;

    static InputSource of(Path path) {
        return of(path, path.getFileName().toString());
    }

    /** A file on disk known by another name, e.g. an archive member as {@code archive.zip!/member.dat}. */
    static InputSource of(Path path, String name) {
        return new InputSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                return new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
            }
        };
    }

    static InputSource of(String name, byte[] content) {
        return new InputSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }
        };
    }
}
