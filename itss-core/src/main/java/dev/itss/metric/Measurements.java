package dev.itss.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every measurement of one snapshot: the output of the measure stage.
 *
 * <pre>{@code
 * Measurements m = Measurer.measure(snapshot, policy);
 * m.of("service_desk.answer_rate").forEach(System.out::println);
 * }</pre>
 *
 * @param all      measurements in catalogue order, then subject order
 * @param byMetric the same, indexed by metric id (derived from {@code all}; any value given is ignored)
 */
public record Measurements(List<Measurement> all, Map<String, List<Measurement>> byMetric) {

    public Measurements {
        all = List.copyOf(all);
        Map<String, List<Measurement>> index = new LinkedHashMap<>();
        all.forEach(m -> index.computeIfAbsent(m.metric(), k -> new ArrayList<>()).add(m));
        index.replaceAll((k, v) -> List.copyOf(v));
        byMetric = Collections.unmodifiableMap(index);
    }

    /** Measurements in catalogue order, then subject order. */
    public Measurements(List<Measurement> all) {
        this(all, Map.of());
    }

    /** The measurements of one metric. */
    public List<Measurement> of(String metric) {
        return byMetric.getOrDefault(metric, List.of());
    }

    /** The measurement of one metric for one subject id. */
    public Optional<Measurement> of(String metric, String subjectId) {
        return of(metric).stream().filter(m -> m.subject().id().equals(subjectId)).findFirst();
    }
}
