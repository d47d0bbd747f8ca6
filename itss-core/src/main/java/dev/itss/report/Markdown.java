package dev.itss.report;

/**
 * Text shown as text in Markdown: each character that CommonMark or a GitHub table reads as markup
 * gets a backslash ({@code |} ends a cell, {@code ](} makes a link, {@code <} opens HTML, {@code *}
 * and {@code _} emphasise, a backtick opens code), and text that would start a list, a heading, a
 * quote or a rule at the start of a line has that character escaped ({@code 1\.} for a number).
 * A backslash before ASCII punctuation is valid CommonMark and shows the character itself.
 *
 * <pre>{@code
 * Markdown.escape("a|b [x](y)")   // a\|b \[x\](y)
 * }</pre>
 */
final class Markdown {
    private Markdown() {}

    private static final String MARKUP = "\\`*_[]<>|~&";

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opensBlock = i == 0 && (c == '-' || c == '+' || c == '=' || c == '#')
                    || (i == digits && digits > 0 && (c == '.' || c == ')') && (i + 1 == text.length() || text.charAt(i + 1) == ' '));
            if (MARKUP.indexOf(c) >= 0 || opensBlock) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
