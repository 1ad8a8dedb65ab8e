package io.loggerflow.worker.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/** The README's configuration table and the declared keys say the same, row for row, both ways. */
class ReadmeConfigurationTableTest {
    private static final Path README = Path.of("..", "README.md");

    /** One row of the table: key, environment variable, default and meaning, as the README writes them. */
    record Row(String key, String environment, String shownDefault, String meaning) {
        static Row declared(String key, KeyDeclaration declaration) {
            return new Row("`" + key + "`", declaration.environmentVariable().map(name -> "`" + name + "`")
                    .orElse("*(file only)*"), declaration.shownDefault(), declaration.description());
        }
    }

    @Test
    void everyDeclaredKeyHasItsRowAndEveryRowIsADeclaredKey() throws IOException {
        List<Row> declared = Stream.concat(
                Stream.of(Settings.Key.values()).map(key -> Row.declared(key.property(), key)),
                Stream.of(FolderKey.values()).map(key -> Row.declared("folder.<name>." + key.property(), key))).toList();

        List<Row> documented = configurationTable();

        assertThat(documented).hasSizeGreaterThan(40);
        assertSoftly(softly -> {
            softly.assertThat(without(declared, documented))
                    .as("declared keys that the README's table lacks or shows otherwise").isEmpty();
            softly.assertThat(without(documented, declared))
                    .as("rows of the README's table that no declared key matches").isEmpty();
        });
    }

    private static List<Row> without(List<Row> rows, List<Row> others) {
        return rows.stream().filter(row -> !others.contains(row)).toList();
    }

    private static List<Row> configurationTable() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf("## Configuration");
        assertThat(start).as("README section 'Configuration'").isNotNegative();
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                assertThat(cells).as(line).hasSize(4);
                rows.add(new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()));
            }
        }
        return rows;
    }
}
