package io.loggerflow.worker.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The work folder holds only extracted copies of archive members. A worker killed while unpacking leaves
 * its folder behind; folders older than a day are swept when workers start (a younger one may belong to
 * a process still running on the same data folder).
 */
public final class WorkFolder {
    private static final Logger LOG = LoggerFactory.getLogger(WorkFolder.class);

    private WorkFolder() {
    }

    public static void sweep(Path workDir, Duration olderThan) {
        if (!Files.isDirectory(workDir)) {
            return;
        }
        Instant cutoff = Instant.now().minus(olderThan);
        try (Stream<Path> folders = Files.list(workDir)) {
            for (Path folder : folders.filter(p -> p.getFileName().toString().startsWith("unpack-")).toList()) {
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(cutoff)) {
                    delete(folder);
                    LOG.info("Removed the leftover work folder {}", folder);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not sweep the work folder {}: {}", workDir, e.getMessage());
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
