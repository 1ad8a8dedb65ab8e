package io.loggerflow.worker.convert;

import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.worker.config.ConvertCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The converter run with small shell scripts standing in for a vendor's converter. */
@DisabledOnOs(OS.WINDOWS)
class ConverterTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final Converter converter = new Converter();

    @Test
    void theOutputFolderFilesAreReturnedAndTheRawFileIsNeverTouched() throws IOException {
        Path raw = raw("000110_2024-03-01.rld", "raw bytes");
        // writes two files (one in a sub-folder) and a hidden one, then removes its input as some tools do
        Path script = script("conv.sh", "printf 'a\\n' > \"$2/one.txt\"; mkdir \"$2/sub\"; printf 'b\\n' > \"$2/sub/two.txt\";"
                + " touch \"$2/.hidden\"; rm \"$1\"");
        List<Path> produced = converter.convert(raw, command(script + " {in} {outdir}"), dir.resolve("work"), TIMEOUT);
        Path out = dir.resolve("work/out");
        assertThat(produced).containsExactly(out.resolve("one.txt"), out.resolve("sub/two.txt"));
        assertThat(Files.readString(produced.get(1))).isEqualTo("b\n");
        assertThat(Files.readString(raw)).isEqualTo("raw bytes");
    }

    @Test
    void quotedWordsWithBlanksStayOneArgumentAndNoShellExpandsThem() throws IOException {
        Path raw = raw("a b.rld", "x");
        Path script = script("args.sh", "printf '%s\\n' \"$#\" \"$1\" \"$2\" > \"$3/args.txt\"");
        List<Path> produced = converter.convert(raw, command(script + " '--mode=a b' '$HOME' {outdir} {in}"),
                dir.resolve("work"), TIMEOUT);
        assertThat(Files.readAllLines(produced.get(0))).containsExactly("4", "--mode=a b", "$HOME");
    }

    @Test
    void aFailingConverterIsRefusedWithItsExitCodeAndTheEndOfItsStandardError() throws IOException {
        Path raw = raw("x.rld", "x");
        Path script = script("fail.sh", "echo 'reading header' >&2; echo 'bad magic 0x0204' >&2; exit 3");
        assertThatThrownBy(() -> converter.convert(raw, command(script + " {in} {outdir}"), dir.resolve("w1"), TIMEOUT))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("x.rld: the converter " + script + " exited with code 3; its standard error ends: "
                        + "reading header | bad magic 0x0204");

        Path silent = script("silent.sh", "exit 0");
        assertThatThrownBy(() -> converter.convert(raw, command(silent + " {in} {outdir}"), dir.resolve("w2"), TIMEOUT))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("exited with code 0 but wrote no file");

        assertThatThrownBy(() -> converter.convert(raw, command(dir.resolve("missing") + " {in} {outdir}"),
                dir.resolve("w3"), TIMEOUT)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("the converter " + dir.resolve("missing") + " could not be started");
    }

    @Test
    void aConverterThatOverrunsItsTimeIsStopped() throws IOException {
        Path raw = raw("x.rld", "x");
        Path script = script("slow.sh", "echo started >&2; sleep 30");
        long start = System.nanoTime();
        assertThatThrownBy(() -> converter.convert(raw, command(script + " {in} {outdir}"), dir.resolve("w"),
                Duration.ofSeconds(1))).isInstanceOf(InputFormatException.class)
                // the shell may still report its killed child ("started | Killed"), depending on which dies first
                .hasMessageStartingWith("x.rld: the converter " + script + " did not finish within 1 s and was "
                        + "stopped; its standard error ends: started");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void onlyTheEndOfALongStandardErrorIsQuoted() throws IOException {
        Path stderr = Files.writeString(dir.resolve("stderr.txt"), "x".repeat(5000) + "\nlast line\n");
        String tail = Converter.tail(stderr);
        assertThat(tail).startsWith("; its standard error ends: ...").endsWith("x | last line");
        assertThat(tail.length()).isLessThan(Converter.STDERR_TAIL_CHARS + 40);
    }

    private Path raw(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Path script(String name, String body) throws IOException {
        Path script = Files.writeString(dir.resolve(name), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static ConvertCommand command(String text) {
        return ConvertCommand.parse("folder.mast.convert.rld", text);
    }
}
