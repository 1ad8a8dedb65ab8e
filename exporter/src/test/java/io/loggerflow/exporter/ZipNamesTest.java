package io.loggerflow.exporter;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ZipNamesTest {
    @Test
    void sourcesWhoseNamesWouldCollideGetTheirIdAppended() {
        List<ExportSource> sources = List.of(
                new ExportSource(1, new SourceKey("north", "MAST01", "Ten_Min"), 0),
                new ExportSource(2, new SourceKey("a_b", "c", ""), 0),
                new ExportSource(3, new SourceKey("a", "b_c", ""), 0),
                new ExportSource(4, new SourceKey("north", "mast 02", ""), 0),
                new ExportSource(5, new SourceKey("north", "MAST_02", ""), 0));

        assertThat(ZipNames.assign(sources)).containsExactly(
                java.util.Map.entry(1, "north_MAST01_Ten_Min.zip"),
                java.util.Map.entry(2, "a_b_c-2.zip"),
                java.util.Map.entry(3, "a_b_c-3.zip"),
                java.util.Map.entry(4, "north_mast_02-4.zip"),
                java.util.Map.entry(5, "north_MAST_02-5.zip"));
    }
}
