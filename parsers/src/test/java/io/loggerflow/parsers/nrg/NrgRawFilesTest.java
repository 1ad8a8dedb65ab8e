package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.SampleData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NrgRawFilesTest {
    /** The first bytes of the public SymphoniePRO file in nrgpy's tests, then bytes of our own. */
    static final byte[] RLD = {0x02, 0x04, 0x00, 0x00, 0x00, 0x2c, 0x62, 0x70, (byte) 0xb6, (byte) 0xd1, 0x00, 0x00,
            0x21, 0x65, 0x0c, 0x00, 0x00, 0x00, 0x6e, (byte) 0xb5, 0x10, 0x20, 0x30, 0x40};
    /** Synthetic: no public .RWD was found, so any binary head with the extension stands for one. */
    static final byte[] RWD = {0x53, 0x59, 0x4d, 0x00, 0x01, 0x7f, (byte) 0xff, 0x02, 0x00, 0x10};

    private final FormatRegistry registry = FormatRegistry.standard();

    @Test
    void anRldIsRefusedNamingSymphonieProDesktopAndTheTextExport() {
        assertThatThrownBy(() -> registry.detect(InputSource.of("000110_2024-03-01_00.00_008549.rld", RLD)))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("000110_2024-03-01_00.00_008549.rld")
                .hasMessageContaining("NRG SymphoniePRO raw data file (.rld)")
                .hasMessageContaining("SymphoniePRO Desktop (or NRG Cloud)")
                .hasMessageContaining("nrg-symphoniepro")
                .hasMessageContaining("toa5, ")
                .hasMessageNotContaining("unknown format");
    }

    @Test
    void anRwdIsRefusedNamingSymphonieDataRetrieverWhateverTheCaseOfItsExtension() {
        for (String name : new String[] {"1234_2024-03-01.RWD", "site/1234.rwd"}) {
            assertThatThrownBy(() -> registry.detect(InputSource.of(name, RWD)))
                    .as(name)
                    .isInstanceOf(InputFormatException.class)
                    .hasMessageContaining("NRG Symphonie raw data file (.RWD)")
                    .hasMessageContaining("Symphonie Data Retriever (SDR)");
        }
    }

    @Test
    void textFilesWithTheExtensionAndBinariesWithOtherNamesAreNotTakenForRawFiles() throws IOException {
        Path export = SampleData.file("nrg/012345_2024-03-01_00.00_000123_meas.txt");
        byte[] text = Files.readAllBytes(export);
        assertThat(registry.detect(InputSource.of("renamed.rld", text)).name()).isEqualTo("nrg-symphoniepro");
        assertThat(NrgRawFiles.refusal("x.rwd", "plain\ttext\r\n".getBytes(StandardCharsets.US_ASCII), "")).isEmpty();
        assertThatThrownBy(() -> registry.detect(InputSource.of("data.bin", RLD)))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("unknown format");
        assertThat(NrgRawFiles.isBinary(RLD)).isTrue();
        assertThat(NrgRawFiles.isBinary("a\tb\f\r\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }
}
