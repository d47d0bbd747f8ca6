package dev.itss.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * One file of a {@link RulePack}: its path inside the pack (forward slashes, used in every error
 * message about it) and its text.
 *
 * <pre>{@code
 * PackFile rule = new PackFile("rules/desk.drl", Files.readString(path));
 * }</pre>
 *
 * @param path path relative to the pack's folder, e.g. {@code rules/desk.drl}
 * @param text the file's content (UTF-8 decoded)
 */
public record PackFile(String path, String text) {

    /** The file names a pack understands; anything else under a pack folder is an error (docs/authoring-rules.md). */
    public enum Kind {
        /** {@code *.drl}: rules. */
        DRL,
        /** {@code checks.yaml} or {@code *.checks.yaml}: aggregate checks, one row each. */
        CHECKS,
        /** {@code messages.properties} (English) and {@code messages_zh_CN.properties}: the rules' texts. */
        TEXTS,
        /** {@code pack.yaml}: the pack's name, the built-in rules it replaces, its own metrics. */
        MANIFEST,
        /** {@code policy.yaml}: bands, disabled rules and severities laid over the default policy. */
        POLICY,
        /** {@code *.md}, {@code *.txt}: the pack's own notes, not read. */
        NOTES
    }

    public PackFile {
        path = path == null ? "" : path.replace('\\', '/');
        text = text == null ? "" : text;
    }

    /** The file's name without its folders. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** What the file is, from its name; empty for a name a pack does not understand. */
    public Optional<Kind> kind() {
        String name = name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".drl")) {
            return Optional.of(Kind.DRL);
        }
        if (name.equals("checks.yaml") || name.endsWith(".checks.yaml")) {
            return Optional.of(Kind.CHECKS);
        }
        if (name.equals("messages.properties") || name.startsWith("messages_") && name.endsWith(".properties")) {
            return Optional.of(Kind.TEXTS);
        }
        if (name.equals("pack.yaml")) {
            return Optional.of(Kind.MANIFEST);
        }
        if (name.equals("policy.yaml")) {
            return Optional.of(Kind.POLICY);
        }
        if (name.endsWith(".md") || name.endsWith(".txt")) {
            return Optional.of(Kind.NOTES);
        }
        return Optional.empty();
    }
}
