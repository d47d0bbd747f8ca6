package dev.itss.check;

import dev.itss.measure.Evidence;
import dev.itss.model.Subject;
import java.util.List;

/**
 * The justification of an aggregate check: one measured figure lies beyond its policy band. The
 * evidence is the figure's own inputs (as the measure stage named them); the finding adds
 * {@code observed}, {@code expected} and {@code breach}.
 *
 * <pre>{@code
 * new FigureOutsideBand(desk, "service_desk.answer_rate", measurement.inputs())
 * }</pre>
 *
 * @param subject what the figure is about
 * @param metric  the figure's metric id
 * @param inputs  the named facts the figure was computed from
 */
public record FigureOutsideBand(Subject subject, String metric, List<Evidence> inputs) implements Justification {

    public FigureOutsideBand {
        inputs = List.copyOf(inputs);
    }

    @Override
    public List<Evidence> evidence() {
        return inputs;
    }
}
