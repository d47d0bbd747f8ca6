package dev.itss.read;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input (snapshot, policy, rule pack) has one or more problems; {@link #problems()} lists them
 * all, each with its place. The message is the problems, one per line.
 *
 * <pre>{@code
 * try {
 *     reader.read(path);
 * } catch (InvalidInputException e) {
 *     e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in document order where known. */
    public List<InputProblem> problems() {
        return problems;
    }
}
