package dev.itss.packs;

import dev.itss.engine.PackFile;
import java.util.Map;

/**
 * A rule of a pack's DRL file as the parser saw it: where it is and its metadata.
 *
 * @param file      the file
 * @param name      the rule's name
 * @param line      the line of {@code rule "..."}
 * @param thenLine  the line of {@code then} (the left-hand side lies between the two)
 * @param endLine   the line of {@code end}
 * @param metadata  {@code @id} and the others, values without quotes
 */
public record ParsedRule(PackFile file, String packageName, String name, int line, int thenLine, int endLine, Map<String, String> metadata) {
    public ParsedRule {
        metadata = Map.copyOf(metadata);
    }

    /** The rule's id, empty when it has none. */
    public String id() {
        return metadata.getOrDefault("id", "");
    }

    /** Whether a line of the file lies inside this rule. */
    boolean contains(int fileLine) {
        return fileLine >= line && fileLine <= endLine;
    }

    /** How errors name the rule: its id, else its name. */
    public String label() {
        return id().isEmpty() ? "rule \"" + name + "\"" : "rule " + id();
    }
}
