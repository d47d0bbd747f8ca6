package dev.itss.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The built-in DRL files as text, for tests that read what a rule author reads. */
final class DrlSources {
    static final Path ROOT = Path.of("src/main/resources/dev/itss/rules");
    private static final Pattern RULE = Pattern.compile("(?s)rule \"([^\"]+)\"(.*?)\\nend\\n");

    private DrlSources() {}

    /** Every DRL file's text by path. */
    static Map<String, String> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            Map<String, String> out = new TreeMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                out.put(ROOT.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every rule of the built-in DRL files with an id, by its name ("PPL-001 post understaffed"), its text from the name to {@code end}. */
    static Map<String, String> rules() {
        Map<String, String> out = new TreeMap<>();
        for (String text : all().values()) {
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                if (m.group(2).contains("@id(")) {
                    out.put(m.group(1), m.group(2));
                }
            }
        }
        return out;
    }
}
