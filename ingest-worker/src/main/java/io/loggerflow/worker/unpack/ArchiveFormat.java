package io.loggerflow.worker.unpack;

import org.apache.commons.compress.archivers.ArchiveStreamFactory;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Recognises archives and compressed files by their first bytes (never by their name). */
public final class ArchiveFormat {
    public static final String ZIP = "zip";
    public static final String SEVEN_Z = "7z";
    public static final String TAR = "tar";

    private ArchiveFormat() {
    }

    /**
     * @return {@code zip}, {@code 7z}, {@code tar}, or a compressor name ({@code gz}, {@code bzip2}, {@code xz}),
     * or empty for a plain file
     */
    public static Optional<String> detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1024)) {
            return detect(in);
        }
    }

    /** Same, on a stream supporting mark/reset; the stream is left at its start. */
    static Optional<String> detect(InputStream in) throws IOException {
        try {
            return mapCompressor(CompressorStreamFactory.detect(in));
        } catch (org.apache.commons.compress.compressors.CompressorException notCompressed) {
            // fall through: maybe an archive
        }
        try {
            String archive = ArchiveStreamFactory.detect(in);
            return switch (archive) {
                case ArchiveStreamFactory.ZIP -> Optional.of(ZIP);
                case ArchiveStreamFactory.SEVEN_Z -> Optional.of(SEVEN_Z);
                case ArchiveStreamFactory.TAR -> Optional.of(TAR);
                default -> Optional.empty(); // ar, cpio, arj, dump...: not something loggers send
            };
        } catch (org.apache.commons.compress.archivers.ArchiveException notArchive) {
            return Optional.empty();
        }
    }

    /** gzip, bzip2 and xz are what loggers and sync tools produce; other codecs are left to format detection. */
    private static Optional<String> mapCompressor(String name) {
        return switch (name) {
            case CompressorStreamFactory.GZIP -> Optional.of("gz");
            case CompressorStreamFactory.BZIP2 -> Optional.of("bz2");
            case CompressorStreamFactory.XZ -> Optional.of("xz");
            default -> Optional.empty();
        };
    }
}
