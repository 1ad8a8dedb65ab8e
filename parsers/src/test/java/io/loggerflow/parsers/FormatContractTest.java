package io.loggerflow.parsers;

import io.loggerflow.parsers.SampleExpectations.Sample;
import io.loggerflow.parsers.metadata.MetadataRules;
import io.loggerflow.parsers.metadata.SensorMetadata;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The contract between the registered formats and sample-data/: every folder declares in its
 * {@value SampleExpectations#FILE} the format of each of its files, every registered format has a sample,
 * and reading each sample yields the rows, per-channel value counts and sums, and channel metadata declared
 * there. Adding a format therefore fails here until its sample folder and expectations exist.
 */
class FormatContractTest {
    private static final String SERVICES = "META-INF/services/" + LoggerFormat.class.getName();
    private static final String HOW_TO = " (see parsers/README.md, 'Adding a format')";
    private static final Path ACTUAL = Path.of("target", "sample-expectations");
    private static final double SUM_TOLERANCE = 1e-9;

    private final FormatRegistry registry = FormatRegistry.standard();
    private final MetadataRules rules = MetadataRules.standard();

    @Test
    void everySampleFolderNamesARegisteredFormatForEachOfItsFiles() throws IOException {
        Set<String> formats = registry.formats().stream().map(LoggerFormat::name).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        try (Stream<Path> top = Files.list(SampleExpectations.root())) {
            top.filter(Files::isRegularFile).forEach(file -> problems.add("sample-data/" + file.getFileName()
                    + " is not in a folder: move it to sample-data/<folder>/ with an " + SampleExpectations.FILE));
        }
        for (Path folder : SampleExpectations.folders()) {
            String where = "sample-data/" + folder.getFileName() + "/";
            if (!Files.isRegularFile(folder.resolve(SampleExpectations.FILE))) {
                problems.add(where + " has no " + SampleExpectations.FILE + ": add one with a line 'sample<TAB><file>"
                        + "<TAB><format><TAB>detected' for each file, naming the registered format that reads it" + HOW_TO);
                continue;
            }
            List<Sample> samples = SampleExpectations.of(folder);
            Set<Path> declared = new HashSet<>();
            declared.add(folder.resolve(SampleExpectations.FILE));
            for (Sample sample : samples) {
                declared.add(sample.file());
                sample.optionsFile().ifPresent(declared::add);
                if (!Files.isRegularFile(sample.file())) {
                    problems.add(where + SampleExpectations.FILE + " declares " + sample.file().getFileName()
                            + ", which the folder does not hold");
                }
                sample.optionsFile().filter(f -> !Files.isRegularFile(f)).ifPresent(f -> problems.add(
                        where + SampleExpectations.FILE + " names options file " + f.getFileName()
                                + ", which the folder does not hold"));
                if (!formats.contains(sample.format())) {
                    problems.add(where + sample.file().getFileName() + " is declared as format '" + sample.format()
                            + "', which no registered format has (registered: " + String.join(", ", names())
                            + "): add the format's class to " + SERVICES + HOW_TO);
                }
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).filter(f -> !declared.contains(f))
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .forEach(f -> problems.add(where + folder.relativize(f) + " is in no 'sample' line of "
                                + where + SampleExpectations.FILE + ": add 'sample<TAB>" + folder.relativize(f)
                                + "<TAB><format><TAB>detected' (or options-file=<file>) naming the format that reads it"
                                + HOW_TO));
            }
        }
        assertThat(problems).as("sample folders that do not match the registered formats").isEmpty();
    }

    @Test
    void everyRegisteredFormatHasASample() {
        Set<String> sampled = SampleExpectations.all().stream().map(Sample::format).collect(Collectors.toSet());
        List<String> missing = registry.formats().stream().filter(f -> !sampled.contains(f.name()))
                .map(f -> "format '" + f.name() + "' (" + f.getClass().getName() + ") has no sample: add a folder "
                        + "sample-data/<folder>/ holding a file in that format and an " + SampleExpectations.FILE
                        + " with the line 'sample<TAB><file><TAB>" + f.name() + "<TAB>detected'" + HOW_TO)
                .toList();
        assertThat(missing).as("registered formats without a sample").isEmpty();
    }

    @Test
    void registeredFormatsHaveDistinctNamesAndTheServicesFileListsThemInDetectionOrder() throws IOException {
        assertThat(names()).as("format names in " + SERVICES).doesNotHaveDuplicates().isNotEmpty();
        List<String> listed = new ArrayList<>();
        try (var in = getClass().getClassLoader().getResourceAsStream(SERVICES)) {
            assertThat(in).as(SERVICES).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.replaceAll("#.*", "").strip();
                if (!name.isEmpty()) {
                    listed.add(name);
                }
            }
        }
        // detection sorts by rank anyway; the file in that order is what parsers/README.md documents
        assertThat(listed).as(SERVICES + " in detection order: dedicated formats first, generic ones last")
                .containsExactlyElementsOf(registry.formats().stream().map(f -> f.getClass().getName()).toList());
    }

    @TestFactory
    Stream<DynamicTest> everySampleIsDetectedAndReadAsItsExpectationsSay() {
        List<Sample> samples = SampleExpectations.all();
        assertThat(samples).isNotEmpty();
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> check(sample)));
    }

    private void check(Sample sample) throws IOException {
        InputSource source = InputSource.of(sample.file());
        if (sample.detected()) {
            assertThat(registry.detect(source).name()).as("format detected for " + sample.name())
                    .isEqualTo(sample.format());
        } else {
            // a format that needs options is chosen by configuration: no format may claim the file
            assertThatThrownBy(() -> registry.detect(source)).as(sample.name() + " is read with options only, "
                    + "so detection must refuse it").isInstanceOf(InputFormatException.class)
                    .hasMessageContaining("unknown format");
        }
        List<String> actual = read(sample);
        List<String> differences = differences(sample.expectedLines(), actual);
        if (!differences.isEmpty()) {
            Path written = writeActual(sample, actual);
            fail("sample-data/" + sample.name() + ": " + differences.size() + " line(s) differ from its "
                    + SampleExpectations.FILE + ":\n  " + String.join("\n  ", differences.subList(0,
                    Math.min(10, differences.size()))) + "\nWhat the reader yields now is in " + written.toAbsolutePath()
                    + ": check it against the sample and, where it is right, copy it into " + SampleExpectations.FILE);
        }
    }

    /** The rows line and one channel line per channel, as {@link SampleExpectations} lays them out. */
    private List<String> read(Sample sample) throws IOException {
        LoggerFormat format = registry.require(sample.format());
        ParseSettings settings = new ParseSettings(ZoneOffset.UTC, sample.options());
        try (RowReader reader = format.open(InputSource.of(sample.file()), settings)) {
            int n = reader.channels().size();
            long[] counts = new long[n];
            double[] sums = new double[n];
            long rows = 0;
            long first = 0;
            long last = 0;
            while (reader.next()) {
                if (rows++ == 0) {
                    first = reader.timestampMillis();
                }
                last = reader.timestampMillis();
                for (int i = 0; i < n; i++) {
                    double v = reader.value(i);
                    if (!Double.isNaN(v)) {
                        counts[i]++;
                        sums[i] += v;
                    }
                }
            }
            List<String> lines = new ArrayList<>();
            lines.add(String.join("\t", "rows", String.valueOf(rows), Instant.ofEpochMilli(first).toString(),
                    Instant.ofEpochMilli(last).toString()));
            for (int i = 0; i < n; i++) {
                Channel channel = reader.channels().get(i);
                SensorMetadata m = rules.derive(channel);
                lines.add(String.join("\t", "channel", channel.name(), String.valueOf(counts[i]), number(sums[i]),
                        text(m.measurementType()), text(m.statistic()), number(m.heightM()),
                        number(m.orientationDeg()), text(m.unit())));
            }
            return lines;
        }
    }

    /** Line by line; a channel's sum is compared as a number, so the last digits of a double's sum do not count. */
    private static List<String> differences(List<String> expected, List<String> actual) {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(no line)";
            String a = i < actual.size() ? actual.get(i) : "(no line)";
            if (!sameLine(e, a)) {
                differences.add("expected: " + e + "\n  actual:   " + a);
            }
        }
        return differences;
    }

    private static boolean sameLine(String expected, String actual) {
        String[] e = expected.split("\t", -1);
        String[] a = actual.split("\t", -1);
        if (e.length != a.length || !e[0].equals("channel") || !a[0].equals("channel") || e.length < 4) {
            return expected.equals(actual);
        }
        for (int i = 0; i < e.length; i++) {
            if (i == 3 ? !closeEnough(e[i], a[i]) : !e[i].equals(a[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean closeEnough(String expected, String actual) {
        try {
            double e = Double.parseDouble(expected);
            double a = Double.parseDouble(actual);
            return Math.abs(e - a) <= SUM_TOLERANCE * Math.max(1, Math.abs(e));
        } catch (NumberFormatException ex) {
            return false;
        }
    }

    private static Path writeActual(Sample sample, List<String> actual) throws IOException {
        Path file = ACTUAL.resolve(sample.name() + ".tsv");
        Files.createDirectories(file.getParent());
        List<String> block = new ArrayList<>();
        block.add(String.join("\t", "sample", sample.file().getFileName().toString(), sample.format(),
                sample.optionsFile().map(f -> SampleExpectations.OPTIONS_FILE + f.getFileName())
                        .orElse(SampleExpectations.DETECTED)));
        block.addAll(actual);
        Files.write(file, block, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> names() {
        return registry.formats().stream().map(LoggerFormat::name).toList();
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }

    private static String number(Double value) {
        return value == null ? "-" : number(value.doubleValue());
    }

    private static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }
}
