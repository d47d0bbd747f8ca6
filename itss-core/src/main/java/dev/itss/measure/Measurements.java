package dev.itss.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every measurement of one snapshot: the output of the measure stage. Immutable; indexed by
 * metric, since the engine and the reports look measurements up by metric many times per
 * assessment.
 *
 * <pre>{@code
 * Measurements m = Measurer.measure(snapshot, policy);
 * m.of("service_desk.answer_rate").forEach(System.out::println);
 * }</pre>
 */
public final class Measurements {
    private final List<Measurement> all;
    private final Map<String, List<Measurement>> byMetric;
    /** metric|kind:id: the subject lookups of verifications and trends stay constant-time on large organisations */
    private final Map<String, Measurement> bySubject;

    /** @param all measurements in catalogue order, then subject order */
    public Measurements(List<Measurement> all) {
        this.all = List.copyOf(all);
        Map<String, List<Measurement>> index = new LinkedHashMap<>();
        this.all.forEach(m -> index.computeIfAbsent(m.metric(), k -> new ArrayList<>()).add(m));
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byMetric = Collections.unmodifiableMap(index);
        Map<String, Measurement> subjects = new java.util.HashMap<>();
        this.all.forEach(m -> subjects.putIfAbsent(m.metric() + "|" + m.subject().key(), m));
        this.bySubject = subjects;
    }

    /** Every measurement, in catalogue order, then subject order. */
    public List<Measurement> all() {
        return all;
    }

    /** The measurements of one metric. */
    public List<Measurement> of(String metric) {
        return byMetric.getOrDefault(metric, List.of());
    }

    /** The measurement of one metric for one subject id. */
    public Optional<Measurement> of(String metric, String subjectId) {
        return of(metric).stream().filter(m -> m.subject().id().equals(subjectId)).findFirst();
    }

    /** The measurement of one metric for one subject, matched by kind and id. */
    public Optional<Measurement> of(String metric, dev.itss.model.Subject subject) {
        return Optional.ofNullable(bySubject.get(metric + "|" + subject.key()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Measurements that && all.equals(that.all);
    }

    @Override
    public int hashCode() {
        return Objects.hash(all);
    }

    @Override
    public String toString() {
        return "Measurements" + all;
    }
}
