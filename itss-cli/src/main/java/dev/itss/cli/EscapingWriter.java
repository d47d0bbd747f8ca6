package dev.itss.cli;

import dev.itss.internal.Escape;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The last guard between the reports and the terminal: every control character but the line
 * break, and every bidirectional formatting character, is written escaped ({@link Escape}). The
 * reports escape the values they put in already (a line break in a name stays on its line); this
 * catches what any other path lets through, so that input never drives the reader's terminal.
 * JSON is unchanged by it: Jackson escapes control characters itself, and an escaped U+202E is
 * the same JSON string.
 */
final class EscapingWriter extends FilterWriter {
    EscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(Escape.keepingLines(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        out.write(Escape.keepingLines(new String(buffer, offset, length)));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(Escape.keepingLines(text.substring(offset, offset + length)));
    }
}
