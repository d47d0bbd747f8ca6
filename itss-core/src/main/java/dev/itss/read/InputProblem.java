package dev.itss.read;

import java.util.Optional;

/**
 * One problem of an input: where it is, what was found and what was expected.
 *
 * <p>{@link #toString()} gives the one-line form printed by the command line (control and
 * bidirectional characters of the input escaped), e.g.
 * {@code snapshot.yaml:41:22: people.engineers[3].workedHours: must be greater than or equal to 0, was -5}.
 *
 * @param source  the file or other source name, e.g. {@code snapshot.yaml}
 * @param line    1-based line, when known
 * @param column  1-based column, when known
 * @param path    field path inside the document, e.g. {@code people.engineers[3].workedHours};
 *                empty for a problem of the whole document
 * @param message what is wrong and what was expected
 */
public record InputProblem(String source, Optional<Integer> line, Optional<Integer> column, String path, String message) {

    public InputProblem {
        source = source == null ? "" : source;
        line = line == null ? Optional.empty() : line;
        column = column == null ? Optional.empty() : column;
        path = path == null ? "" : path;
        message = message == null ? "" : message;
    }

    /** A problem at a path, position unknown. */
    public static InputProblem at(String source, String path, String message) {
        return new InputProblem(source, Optional.empty(), Optional.empty(), path, message);
    }

    /** The same problem placed at a line and column. */
    public InputProblem withPosition(int line, int column) {
        return new InputProblem(source, Optional.of(line), Optional.of(column), path, message);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (!source.isEmpty()) {
            out.append(source);
            line.ifPresent(l -> out.append(':').append(l));
            column.ifPresent(c -> out.append(':').append(c));
            out.append(": ");
        }
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        // one line whatever the input held: a value quoted in the message may carry line breaks or terminal controls
        return dev.itss.internal.Escape.inline(out.append(message).toString());
    }
}
