package io.loggerflow.worker.config;

import org.apache.commons.text.StringTokenizer;
import org.apache.commons.text.matcher.StringMatcherFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A converter command as a folder setting writes it ({@code sdr.exe /s {in} {outdir}}): split into a program and its
 * arguments the way a shell would split words (blanks separate, {@code '} and {@code "} quote), but never run by a
 * shell. {@value #IN} and {@value #OUT_DIR} are replaced per argument, so a path with blanks stays one argument.
 */
public record ConvertCommand(String text, List<String> words) {
    public static final String IN = "{in}";
    public static final String OUT_DIR = "{outdir}";

    public ConvertCommand {
        words = List.copyOf(words);
    }

    /**
     * @throws ConfigException when the command is empty, or does not name the input and the output folder
     */
    public static ConvertCommand parse(String key, String text) {
        StringTokenizer tokenizer = new StringTokenizer(text, StringMatcherFactory.INSTANCE.splitMatcher(),
                StringMatcherFactory.INSTANCE.quoteMatcher());
        List<String> words = tokenizer.getTokenList();
        if (words.isEmpty()) {
            throw new ConfigException(key + ": the converter command is empty");
        }
        for (String placeholder : List.of(IN, OUT_DIR)) {
            if (words.stream().skip(1).noneMatch(word -> word.contains(placeholder))) {
                throw new ConfigException(key + ": the converter command must name " + placeholder
                        + " (it reads " + IN + " and writes its text files into " + OUT_DIR + "): " + text);
            }
        }
        return new ConvertCommand(text, words);
    }

    /** The program and its arguments for one input file and output folder. */
    public List<String> arguments(Path in, Path outDir) {
        List<String> arguments = new ArrayList<>(words.size());
        for (String word : words) {
            arguments.add(word.replace(IN, in.toString()).replace(OUT_DIR, outDir.toString()));
        }
        return arguments;
    }

    public String program() {
        return words.get(0);
    }
}
