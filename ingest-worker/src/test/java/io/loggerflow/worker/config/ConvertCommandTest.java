package io.loggerflow.worker.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConvertCommandTest {

    @Test
    void wordsAreSplitLikeAShellWouldAndThePlaceholdersReplacedPerWord() {
        ConvertCommand command = ConvertCommand.parse("k", "\"/opt/NRG tools/rld2txt\" --out={outdir} -q '{in}'");
        assertThat(command.program()).isEqualTo("/opt/NRG tools/rld2txt");
        assertThat(command.arguments(Path.of("/w/in/a b.rld"), Path.of("/w/out")))
                .containsExactly("/opt/NRG tools/rld2txt", "--out=/w/out", "-q", "/w/in/a b.rld");
    }

    @Test
    void aCommandWithoutItsInputOrOutputFolderIsAConfigurationError() {
        assertThatThrownBy(() -> ConvertCommand.parse("folder.m.convert.rld", "  "))
                .isInstanceOf(ConfigException.class).hasMessage("folder.m.convert.rld: the converter command is empty");
        assertThatThrownBy(() -> ConvertCommand.parse("folder.m.convert.rld", "sdr {in}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must name {outdir}");
        assertThatThrownBy(() -> ConvertCommand.parse("folder.m.convert.rld", "{in} {outdir}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must name {in}");
    }

    @Test
    void folderSettingsTakeTheCommandsByExtensionAndTheBoundedTimeout(@org.junit.jupiter.api.io.TempDir Path dir) {
        Settings settings = Settings.of(Map.of("db.url", "jdbc:postgresql://localhost/x", "data.dir", dir.toString(),
                "folder.mast.convert.RLD", "conv {in} {outdir}", "folder.mast.convert-timeout", "20"), dir);
        Conversions conversions = settings.folder("mast").conversions();
        assertThat(conversions.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(conversions.commandFor(Path.of("inbox/mast/000110.Rld"))).get()
                .extracting(ConvertCommand::program).isEqualTo("conv");
        assertThat(conversions.commandFor(Path.of("inbox/mast/000110.txt"))).isEmpty();
        assertThat(settings.folder("other").conversions()).isEqualTo(Conversions.NONE);
        assertThatThrownBy(() -> Settings.of(Map.of("db.url", "jdbc:postgresql://localhost/x", "data.dir",
                dir.toString(), "folder.mast.convert-timeout", "7200"), dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("folder.mast.convert-timeout");
    }
}
