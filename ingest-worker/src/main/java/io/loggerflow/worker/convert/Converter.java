package io.loggerflow.worker.convert;

import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.worker.config.ConvertCommand;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a converter command the user installed on one raw file, in a work folder: the program gets a copy of the
 * file (so the original is never changed or removed, whatever the program does) and an empty output folder; it
 * runs without a shell, its standard output discarded, its standard error kept for the reason of a failure, and
 * is stopped (with its child processes) when it overruns its time. A run that fails is an
 * {@link InputFormatException} (the raw file is quarantined with the reason); a work folder that cannot be
 * written is an {@link IOException} (transient: the job is retried).
 */
public final class Converter {
    /** How much of the end of the program's standard error a failure's reason quotes. */
    static final int STDERR_TAIL_CHARS = 600;
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    /**
     * @return the regular files the program wrote into its output folder (hidden ones left out), sorted by path
     */
    public List<Path> convert(Path rawFile, ConvertCommand command, Path workFolder, Duration timeout)
            throws IOException {
        String name = rawFile.getFileName().toString();
        Path input = Files.createDirectories(workFolder.resolve("in")).resolve(name);
        Files.copy(rawFile, input);
        Path outDir = Files.createDirectories(workFolder.resolve("out"));
        Path stderr = workFolder.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command.arguments(input, outDir)).directory(workFolder.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw refused(name, "the converter " + command.program() + " could not be started (" + e.getMessage()
                    + ")");
        }
        if (!finished(process, timeout)) {
            stop(process);
            throw refused(name, "the converter " + command.program() + " did not finish within "
                    + timeout.toSeconds() + " s and was stopped" + tail(stderr));
        }
        if (process.exitValue() != 0) {
            throw refused(name, "the converter " + command.program() + " exited with code " + process.exitValue()
                    + tail(stderr));
        }
        List<Path> produced;
        try (Stream<Path> files = Files.walk(outDir)) {
            produced = files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList();
        }
        if (produced.isEmpty()) {
            throw refused(name, "the converter " + command.program() + " exited with code 0 but wrote no file into "
                    + ConvertCommand.OUT_DIR + tail(stderr));
        }
        return produced;
    }

    private static boolean finished(Process process, Duration timeout) throws IOException {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the converter ran", e);
        }
    }

    /** Stops the program and whatever it started, and waits a little for them to go. */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The end of the program's standard error, on one line, or "" when it wrote none. */
    static String tail(Path stderr) throws IOException {
        if (!Files.exists(stderr)) {
            return "";
        }
        String text;
        try (SeekableByteChannel channel = Files.newByteChannel(stderr)) {
            long from = Math.max(0, channel.size() - 4L * STDERR_TAIL_CHARS); // a chatty program: read its end only
            ByteBuffer end = ByteBuffer.allocate((int) (channel.size() - from));
            channel.position(from);
            while (end.hasRemaining() && channel.read(end) > 0) {
                // reads to the end
            }
            text = new String(end.array(), 0, end.position(), StandardCharsets.UTF_8).strip();
        }
        if (text.isEmpty()) {
            return "";
        }
        String end = text.length() > STDERR_TAIL_CHARS ? "..." + text.substring(text.length() - STDERR_TAIL_CHARS)
                : text;
        return "; its standard error ends: " + end.replaceAll("\\s*\\R\\s*", " | ");
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static InputFormatException refused(String name, String reason) {
        return new InputFormatException(name, 0, null, reason);
    }
}
