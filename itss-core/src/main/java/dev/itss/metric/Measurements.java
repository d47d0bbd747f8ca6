package dev.itss.metric;

import java.util.List;
import java.util.Optional;

/**
 * Every measurement of one snapshot: the output of the measure stage.
 *
 * <pre>{@code
 * Measurements m = Measurer.measure(snapshot, policy);
 * m.of("service_desk.answer_rate").forEach(System.out::println);
 * }</pre>
 *
 * @param all measurements in catalogue order, then subject order
 */
public record Measurements(List<Measurement> all) {

    public Measurements {
        all = List.copyOf(all);
    }

    /** The measurements of one metric. */
    public List<Measurement> of(String metric) {
        return all.stream().filter(m -> m.metric().equals(metric)).toList();
    }

    /** The measurement of one metric for one subject id. */
    public Optional<Measurement> of(String metric, String subjectId) {
        return all.stream().filter(m -> m.metric().equals(metric) && m.subject().id().equals(subjectId)).findFirst();
    }
}
