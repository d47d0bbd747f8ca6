package dev.itss.internal;

/**
 * Input text shown as text: control characters (C0, DEL, C1) and the invisible characters that
 * reorder or hide text (bidirectional marks, embeddings, overrides and isolates) written as
 * {@code \n}, {@code \t}, {@code \r} or {@code \u001B}-style escapes. Without it a name holding a line
 * break forges a report line, an ESC or OSC sequence drives the reader's terminal, and U+202E
 * reverses what follows it.
 *
 * <pre>{@code
 * Escape.inline("Desk\n[CRITICAL] forged")   // Desk\n[CRITICAL] forged, on one line
 * }</pre>
 */
public final class Escape {
    private Escape() {}

    /** The text on one line: every control and bidirectional character escaped, line breaks included. */
    public static String inline(String text) {
        return escape(text, false);
    }

    /**
     * A whole rendered report: the same, except its own line breaks. The last guard of the command
     * line, after each value was escaped with {@link #inline} where it was put in.
     */
    public static String keepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c) || (keepLines && c == '\n')) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** C0 controls, DEL, C1 controls, and the bidirectional formatting characters. */
    static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
