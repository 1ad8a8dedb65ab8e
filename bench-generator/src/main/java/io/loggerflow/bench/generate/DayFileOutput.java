package io.loggerflow.bench.generate;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Where day files go, by {@link Packing}: loose files, a zip per day file, or a zip per logger and month with one
 * entry per day (the entry is the day file, as a logger's transfer software would pack it). Zip entries are
 * dated at the end of their day, never "now", so archives are byte-identical between runs. One instance per
 * thread; {@link #close()} closes any archive still open.
 */
final class DayFileOutput implements Closeable {
    private static final int FILE_BUFFER = 256 * 1024;

    private final Packing packing;
    private final Path directory;
    private final List<Path> files = new ArrayList<>();
    private ZipOutputStream monthArchive;
    private String monthArchiveName;

    DayFileOutput(Packing packing, Path directory) {
        this.packing = packing;
        this.directory = directory;
    }

    /**
     * A stream for one day file; closing it ends the file (or its zip entry).
     *
     * @param monthArchiveName used only when packing per month; consecutive days of one month share it
     */
    OutputStream open(String dayFileName, String monthArchiveName, LocalDate day) throws IOException {
        return switch (packing) {
            case NONE -> newFile(dayFileName);
            case ZIP_PER_DAY -> {
                ZipOutputStream zip = new ZipOutputStream(newFile(withExtension(dayFileName, ".zip")));
                zip.putNextEntry(entry(dayFileName, day));
                yield new EntryStream(zip, true);
            }
            case ZIP_PER_MONTH -> {
                if (!monthArchiveName.equals(this.monthArchiveName)) {
                    closeMonthArchive();
                    monthArchive = new ZipOutputStream(newFile(monthArchiveName));
                    this.monthArchiveName = monthArchiveName;
                }
                monthArchive.putNextEntry(entry(dayFileName, day));
                yield new EntryStream(monthArchive, false);
            }
        };
    }

    /** Files created so far (day files or archives), in creation order. */
    List<Path> files() {
        return List.copyOf(files);
    }

    @Override
    public void close() throws IOException {
        closeMonthArchive();
    }

    private void closeMonthArchive() throws IOException {
        if (monthArchive != null) {
            monthArchive.close();
            monthArchive = null;
            monthArchiveName = null;
        }
    }

    private OutputStream newFile(String name) throws IOException {
        Path file = directory.resolve(name);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), FILE_BUFFER);
        files.add(file);
        return out;
    }

    private static ZipEntry entry(String name, LocalDate day) {
        ZipEntry entry = new ZipEntry(name);
        // a local date-time in the DOS range adds no zone-dependent extended timestamp
        entry.setTimeLocal(day.plusDays(1).atStartOfDay());
        return entry;
    }

    private static String withExtension(String name, String extension) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + extension;
    }

    /** One zip entry as a stream: closing it closes the entry, and the archive too when it holds only this entry. */
    private static final class EntryStream extends OutputStream {
        private final ZipOutputStream zip;
        private final boolean closeArchive;

        EntryStream(ZipOutputStream zip, boolean closeArchive) {
            this.zip = zip;
            this.closeArchive = closeArchive;
        }

        @Override
        public void write(int b) throws IOException {
            zip.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            zip.write(b, off, len);
        }

        @Override
        public void flush() {
            // deflater output is flushed when the entry closes; flushing earlier only costs compression
        }

        @Override
        public void close() throws IOException {
            if (closeArchive) {
                zip.close();
            } else {
                zip.closeEntry();
            }
        }
    }
}
