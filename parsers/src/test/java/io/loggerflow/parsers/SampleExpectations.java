package io.loggerflow.parsers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The samples under {@code sample-data/}, as each folder's {@value #FILE} declares them: which format reads
 * each file, whether detection finds it or it needs an options file, and what reading it must yield.
 *
 * <p>The file is tab-separated; {@code #} starts a comment line. A {@code sample} line opens a sample and
 * the {@code rows} and {@code channel} lines after it belong to it:
 * <pre>
 * sample   &lt;file&gt;  &lt;format&gt;  detected | options-file=&lt;file in this folder&gt;
 * rows     &lt;rows&gt;  &lt;first timestamp, UTC&gt;  &lt;last timestamp, UTC&gt;
 * channel  &lt;name&gt;  &lt;non-missing values&gt;  &lt;their sum&gt;  &lt;measurement_type&gt;  &lt;statistic&gt;  &lt;height_m&gt;  &lt;orientation_deg&gt;  &lt;unit&gt;
 * </pre>
 * Channel lines follow the reader's channel order; {@code -} is "none". The metadata columns are what
 * {@code MetadataRules.standard()} derives from the channel.
 */
public final class SampleExpectations {
    public static final String FILE = "expected.tsv";
    static final String DETECTED = "detected";
    static final String OPTIONS_FILE = "options-file=";

    /** One declared sample and what reading it must yield. */
    public record Sample(Path file, String format, Optional<Path> optionsFile, List<String> expectedLines) {
        /** Whether auto-detection must find the format (else the sample is read with its options file). */
        public boolean detected() {
            return optionsFile.isEmpty();
        }

        /** The options the format is opened with: the options file's keys, or none. */
        public Map<String, String> options() {
            if (optionsFile.isEmpty()) {
                return Map.of();
            }
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(optionsFile.get(), StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> options = new HashMap<>();
            properties.stringPropertyNames().forEach(k -> options.put(k, properties.getProperty(k)));
            return options;
        }

        /** The path under sample-data/, e.g. {@code nrg/20240301_0000_945800742_000318_statistical.dat}. */
        public String name() {
            return root().relativize(file).toString().replace('\\', '/');
        }
    }

    private SampleExpectations() {
    }

    /** The sample-data folder of this checkout. */
    public static Path root() {
        return SampleData.file(".").normalize();
    }

    /** The folders of sample-data/, sorted by name. */
    public static List<Path> folders() {
        try (Stream<Path> list = Files.list(root())) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sample every folder declares, folder by folder in file order; a folder without the file has none. */
    public static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        for (Path folder : folders()) {
            samples.addAll(of(folder));
        }
        return samples;
    }

    /** For each format that has a sample, its first sample (e.g. to drop one file per format in an inbox). */
    public static Map<String, Sample> firstPerFormat() {
        Map<String, Sample> first = new LinkedHashMap<>();
        for (Sample sample : all()) {
            first.putIfAbsent(sample.format(), sample);
        }
        return first;
    }

    /** The samples a folder's {@value #FILE} declares; none when it has no such file. */
    public static List<Sample> of(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Sample> samples = new ArrayList<>();
        String[] open = null;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields[0].equals("sample")) {
                if (open != null) {
                    samples.add(sample(folder, open, expected));
                }
                if (fields.length != 4) {
                    throw new IllegalStateException(file + ", line " + (i + 1)
                            + ": expected 'sample<TAB>file<TAB>format<TAB>detected|options-file=<file>'");
                }
                open = fields;
                expected = new ArrayList<>();
            } else if (open == null) {
                throw new IllegalStateException(file + ", line " + (i + 1) + ": a 'sample' line must come first");
            } else {
                expected.add(line);
            }
        }
        if (open != null) {
            samples.add(sample(folder, open, expected));
        }
        return samples;
    }

    private static Sample sample(Path folder, String[] fields, List<String> expected) {
        String how = fields[3];
        Optional<Path> options;
        if (how.equals(DETECTED)) {
            options = Optional.empty();
        } else if (how.startsWith(OPTIONS_FILE)) {
            options = Optional.of(folder.resolve(how.substring(OPTIONS_FILE.length())));
        } else {
            throw new IllegalStateException(folder.resolve(FILE) + ": sample " + fields[1]
                    + " must say 'detected' or 'options-file=<file>', not '" + how + "'");
        }
        return new Sample(folder.resolve(fields[1]), fields[2], options, List.copyOf(expected));
    }
}
