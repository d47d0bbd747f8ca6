package dev.itss.history;

import dev.itss.check.BandLevel;
import dev.itss.check.Finding;
import dev.itss.engine.Assessment;
import dev.itss.measure.Measurement;
import dev.itss.measure.MetricCatalog;
import dev.itss.measure.MetricDefinition;
import dev.itss.model.Period;
import dev.itss.model.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Trend checks over periods, oldest first (ITSS S-5: correlations over time):
 * <ul>
 *   <li>{@link Kind#WORSENING}: a metric worse than the period before, for a subject, in each of
 *       the last {@code runs} periods;</li>
 *   <li>{@link Kind#PERSISTENT_BREACH}: a finding at the breach level in each of the last
 *       {@code runs} + 1 periods;</li>
 *   <li>{@link Kind#RECURRING}: a finding of the latest period that was resolved in an earlier
 *       one (present, then absent, now present again).</li>
 * </ul>
 *
 * <pre>{@code
 * List<Trends.Trend> trends = Trends.of(List.of(q1, q2, q3), engine.metrics(), Trends.DEFAULT_RUNS);
 * }</pre>
 */
@dev.itss.model.Covers({"S-5"})
public final class Trends {
    /** Periods in a row that make a trend, unless the caller says otherwise: two changes, three periods. */
    public static final int DEFAULT_RUNS = 2;

    private Trends() {}

    /** The kind of a trend. */
    public enum Kind { WORSENING, PERSISTENT_BREACH, RECURRING }

    /**
     * One trend.
     *
     * @param kind    what it is
     * @param subject the subject
     * @param metric  the metric (for a finding's trend, the finding's metric)
     * @param finding the finding's key, empty for a metric's trend
     * @param periods the periods it spans, oldest first
     * @param values  the metric's value in each of them (empty where the finding was absent)
     */
    public record Trend(Kind kind, Subject subject, String metric, Optional<String> finding, List<Period> periods, List<Optional<Double>> values) {
        public Trend {
            periods = List.copyOf(periods);
            values = List.copyOf(values);
        }
    }

    /**
     * The trends of the latest period against the ones before it.
     *
     * @param history assessments, oldest first, of one organisation
     * @param runs    how many changes in a row make a trend (at least 1)
     */
    public static List<Trend> of(List<Assessment> history, MetricCatalog metrics, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        List<Trend> out = new ArrayList<>();
        if (history.size() < 2) {
            return out;
        }
        int last = history.size() - 1;
        Assessment latest = history.get(last);
        // worsening metrics
        if (history.size() > runs) {
            for (Measurement now : latest.measurements().all()) {
                Optional<MetricDefinition> definition = metrics.find(now.metric());
                if (!now.available() || definition.isEmpty()) {
                    continue;
                }
                List<Double> values = new ArrayList<>();
                for (int i = last - runs; i <= last; i++) {
                    Optional<Measurement> m = history.get(i).measurements().of(now.metric(), now.subject()).filter(Measurement::available);
                    values.add(m.map(Measurement::value).orElse(Double.NaN));
                }
                boolean worsening = values.stream().noneMatch(v -> v.isNaN());
                for (int i = 1; worsening && i < values.size(); i++) {
                    worsening = definition.get().direction().isWorse(values.get(i), values.get(i - 1));
                }
                if (worsening) {
                    out.add(new Trend(Kind.WORSENING, now.subject(), now.metric(), Optional.empty(), periods(history, last - runs),
                            values.stream().map(Optional::of).toList()));
                }
            }
        }
        List<Map<String, Finding>> byPeriod = new ArrayList<>();
        for (Assessment a : history) {
            Map<String, Finding> keys = new LinkedHashMap<>();
            a.findings().findings().forEach(f -> keys.put(f.key(), f));
            byPeriod.add(keys);
        }
        for (Finding f : latest.findings().findings()) {
            // a breach in each of the last runs + 1 periods
            if (history.size() > runs) {
                boolean persistent = true;
                for (int i = last - runs; i <= last && persistent; i++) {
                    Finding then = byPeriod.get(i).get(f.key());
                    persistent = then != null && then.level() == BandLevel.BREACH;
                }
                if (persistent) {
                    out.add(new Trend(Kind.PERSISTENT_BREACH, f.subject(), f.metric(), Optional.of(f.key()), periods(history, last - runs),
                            observed(byPeriod, f.key(), last - runs, last)));
                }
            }
            // present, later absent, present again now
            Set<Integer> present = new LinkedHashSet<>();
            for (int i = 0; i < last; i++) {
                if (byPeriod.get(i).containsKey(f.key())) {
                    present.add(i);
                }
            }
            boolean recurring = false;
            for (int i : present) {
                for (int j = i + 1; j < last; j++) {
                    if (!byPeriod.get(j).containsKey(f.key())) {
                        recurring = true;
                    }
                }
            }
            if (recurring) {
                out.add(new Trend(Kind.RECURRING, f.subject(), f.metric(), Optional.of(f.key()), periods(history, 0), observed(byPeriod, f.key(), 0, last)));
            }
        }
        return out;
    }

    private static List<Period> periods(List<Assessment> history, int from) {
        return history.subList(from, history.size()).stream().map(Assessment::period).toList();
    }

    private static List<Optional<Double>> observed(List<Map<String, Finding>> byPeriod, String key, int from, int to) {
        List<Optional<Double>> values = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            Finding f = byPeriod.get(i).get(key);
            values.add(f == null ? Optional.empty() : f.evidence("observed").filter(e -> e.value() instanceof Number).map(e -> ((Number) e.value()).doubleValue()));
        }
        return values;
    }
}
