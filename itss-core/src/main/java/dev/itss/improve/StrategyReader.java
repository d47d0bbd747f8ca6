package dev.itss.improve;

import dev.itss.read.DocumentFormat;
import dev.itss.read.DocumentReader;
import dev.itss.read.InputProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an improvement strategy file (YAML or JSON; see {@link ImprovementStrategy} for the
 * layout). Problems come with file, line, column and path; whether the goals' metrics exist is
 * checked by {@link dev.itss.engine.AssessmentEngine#checkStrategy}, whose problems
 * {@link #placeIn} puts in the file.
 *
 * <pre>{@code
 * ImprovementStrategy strategy = StrategyReader.standard().read(Path.of("strategy.yaml"));
 * }</pre>
 */
public final class StrategyReader {
    private static final StrategyReader STANDARD = new StrategyReader();

    private final DocumentReader<ImprovementStrategy> reader = new DocumentReader<>(ImprovementStrategy.class, s -> List.of());

    private StrategyReader() {}

    /** The shared, thread-safe reader. */
    public static StrategyReader standard() {
        return STANDARD;
    }

    /** Reads a strategy file. */
    public ImprovementStrategy read(Path file) {
        return reader.read(file);
    }

    /** Reads a strategy held in memory, e.g. a resource. */
    public ImprovementStrategy read(String source, String text, DocumentFormat format) {
        return reader.read(source, text, format);
    }

    /** Problems found after reading (against the catalogue), placed in the file. */
    public List<InputProblem> placeIn(Path file, List<InputProblem> problems) {
        return reader.placeIn(file, problems);
    }
}
