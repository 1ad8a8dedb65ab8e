package io.loggerflow.parsers.csixml;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.SampleExpectations;
import io.loggerflow.parsers.SkipReasons;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.StampPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsixmlFormatTest {
    private static final Path SAMPLE = SampleData.file("campbell-csixml/RIDGE03_Ten_Min_2024_03_01.xml");
    private static final String HEAD = "<?xml version=\"1.0\"?>\n<csixml version=\"1.0\">\n<head>\n<environment>"
            + "<station-name>S1</station-name><table-name>T</table-name></environment>\n<fields>\n"
            + "<field name=\"a\" type=\"xsd:float\" units=\"V\" process=\"Smp\"/>\n"
            + "<field name=\"b\" type=\"xsd:float\"/>\n</fields>\n</head>\n<data>\n";
    private final CsixmlFormat format = new CsixmlFormat();

    @Test
    void detectsTheRootElementAfterTheDeclarationAndNoOtherSample() throws IOException {
        assertThat(format.detect(Files.readAllBytes(SAMPLE))).isTrue();
        assertThat(format.detect("<csixml version=\"1.0\">".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(format.detect("<?xml version=\"1.0\"?>\n<csixmlx>".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(format.detect("<?xml version=\"1.0\"?>\n<data>".getBytes(StandardCharsets.US_ASCII))).isFalse();
        for (SampleExpectations.Sample other : SampleExpectations.all()) {
            if (!other.format().equals("csixml")) {
                assertThat(format.detect(Files.readAllBytes(other.file()))).as(other.name()).isFalse();
            }
        }
        assertThat(FormatRegistry.standard().detect(InputSource.of(SAMPLE)).name()).isEqualTo("csixml");
    }

    @Test
    void readsEnvironmentFieldMetadataAndListsTimeAndTextFieldsAsSkipped() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("RIDGE03");
            assertThat(reader.identity().table()).isEqualTo("Ten_Min");
            assertThat(reader.identity().model()).isEqualTo("CR1000X");
            assertThat(reader.identity().serial()).isEqualTo("40211");
            assertThat(reader.channels()).containsExactly(new Channel("WS_60m_Avg", "m/s", "Avg"),
                    new Channel("WS_60m_Max", "m/s", "Max"), new Channel("WD_58m_Avg", "deg", "WVc"),
                    new Channel("AirTC_2m_Avg", "Deg C", "Avg"));
            assertThat(reader.skippedColumns()).containsExactly(
                    new SkippedColumn("WS_60m_TMx", SkipReasons.TIME_OF_MAXIMUM), new SkippedColumn("Status", SkipReasons.TEXT));
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END);
            assertThat(reader.next()).isTrue();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T00:10:00Z"));
            assertThat(reader.value(0)).isEqualTo(7.0);
            assertThat(reader.value(3)).isEqualTo(4.5);
            assertThat(reader.lineNumber()).isEqualTo(23);
        }
    }

    @Test
    void valuesMayBeNamedByNumberOrFieldNameAndStampsMayCarryOffsets() throws IOException {
        String text = HEAD + "<r no=\"1\" time=\"2024-03-01T01:00:00+01:00\"><v n=\"2\">5</v><v n=\"1\">1.5</v></r>\n"
                + "<r no=\"2\" time=\"2024-03-01T00:10:00.5Z\"><v n=\"b\">6</v><v n=\"a\">NAN</v></r>\n</data>\n</csixml>\n";
        try (RowReader reader = open(text)) {
            assertThat(reader.next()).isTrue();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
            assertThat(reader.value(0)).isEqualTo(1.5);
            assertThat(reader.value(1)).isEqualTo(5.0);
            assertThat(reader.next()).isTrue();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T00:10:00.500Z"));
            assertThat(reader.value(0)).isNaN();
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void badRecordsAreBadRowsAndBrokenXmlEndsTheFileAfterTheGoodRecords() throws IOException {
        String text = HEAD
                + "<r no=\"1\" time=\"2024-03-01T00:10:00\"><v1>1</v1><v2>2</v2></r>\n"
                + "<r no=\"2\" time=\"2024-03-01T00:20:00\"><v1>1</v1></r>\n"
                + "<r no=\"3\" time=\"yesterday\"><v1>1</v1><v2>2</v2></r>\n"
                + "<r no=\"4\" time=\"2024-03-01T00:40:00\"><v1>x</v1><v2>2</v2></r>\n"
                + "<r no=\"5\" time=\"2024-03-01T00:50:00\"><v1>1</v1><v2>2</v1></r>\n"
                + "<r no=\"6\" time=\"2024-03-01T01:00:00\"><v1>1</v1><v2>2</v2></r>\n</data>\n</csixml>\n";
        try (RowReader reader = open(text)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(1)).isEqualTo(2.0);
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessage("s.xml, line 12: expected 2 values but found 1");
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessageContaining("s.xml, line 13, column time: not a timestamp");
            assertThat(reader.next()).isTrue();
            assertThatThrownBy(() -> reader.value(0)).isInstanceOf(RowException.class)
                    .hasMessage("s.xml, line 14, column a: not a number: 'x'");
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessageStartingWith("s.xml, line 15: broken XML: ")
                    .hasMessageEndingWith("; the rest of the file is not read");
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void aFileCutOffMidRecordLoadsTheRecordsBeforeIt() throws IOException {
        String text = HEAD + "<r no=\"1\" time=\"2024-03-01T00:10:00\"><v1>1</v1><v2>2</v2></r>\n<r no=\"2\" time=\"20";
        try (RowReader reader = open(text)) {
            assertThat(reader.next()).isTrue();
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class).hasMessageContaining("line 12: broken XML");
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void refusesDtdEntitiesAndABrokenHead() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE csixml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<csixml version=\"1.0\"><head><environment><station-name>&x;</station-name></environment>"
                + "<fields><field name=\"a\" type=\"xsd:float\"/></fields></head><data></data></csixml>";
        assertThatThrownBy(() -> open(xxe)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("broken XML in the head");
        assertThatThrownBy(() -> open("<?xml version=\"1.0\"?>\n<csixml><head><fields><field name=\"a\" type=\"xsd:float\">"))
                .isInstanceOf(InputFormatException.class).isNotInstanceOf(RowException.class)
                .hasMessageContaining("broken XML in the head");
        assertThatThrownBy(() -> open("<?xml version=\"1.0\"?>\n<table/>"))
                .isInstanceOf(InputFormatException.class).hasMessage("s.xml, line 2: not a CSIXML file: the root element must be csixml");
        assertThatThrownBy(() -> open(HEAD.replace("xsd:float\"/>\n</fields>", "xsd:blob\"/>\n</fields>")))
                .isInstanceOf(InputFormatException.class).hasMessage("s.xml, line 7, column b: unknown field type 'xsd:blob'");
    }

    private RowReader open(String text) throws IOException {
        return format.open(InputSource.of("s.xml", text.getBytes(StandardCharsets.UTF_8)), ParseSettings.UTC);
    }
}
