package dev.itss.packs;

/** DRL text as the lint reads it: comments and string contents blanked, offsets and lines kept. */
final class Code {
    private final String original;
    private final String blanked;
    private final int[] lineStarts;

    Code(String text) {
        this.original = text;
        this.blanked = blank(text);
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines + 1];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
        lineStarts[lines] = text.length() + 1;
    }

    String original() {
        return original;
    }

    /** The text with comments and the insides of string and character literals replaced by spaces. */
    String blanked() {
        return blanked;
    }

    /** The 1-based line of an offset. */
    int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    /** The offset where a 1-based line starts (the text's end past the last line). */
    int offsetOf(int line) {
        return line < 1 ? 0 : Math.min(line - 1 < lineStarts.length ? lineStarts[line - 1] : original.length(), original.length());
    }

    /** The text of a 1-based line. */
    String line(int line) {
        int start = offsetOf(line);
        int end = original.indexOf('\n', start);
        return original.substring(start, end < 0 ? original.length() : end);
    }

    private static String blank(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/' || c == '#' && startsLine(text, i)) {
                while (i < n && text.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    if (text.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i < n) {
                    out.setCharAt(i++, ' ');
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        out.setCharAt(i++, ' ');
                    }
                    out.setCharAt(i++, ' ');
                }
                i++;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static boolean startsLine(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
