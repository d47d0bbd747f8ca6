package dev.itss.rules;

import dev.itss.engine.spi.Threshold;
import dev.itss.finding.BandLevel;
import dev.itss.finding.Finding;
import dev.itss.finding.Outcome;
import dev.itss.finding.RuleDescriptor;
import dev.itss.metric.Evidence;
import dev.itss.metric.Measurement;
import dev.itss.metric.MetricCatalog;
import dev.itss.metric.Unit;
import dev.itss.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The finding factory called from detection-rule consequences. The rule's {@code when} decides
 * that the measurement lies beyond the band's warning bound; this helper records the finding with
 * the rule's metadata, the band level and the evidence (observed, expected, breach, then the
 * measurement's inputs).
 *
 * <pre>{@code
 * rule "RES-001 service desk misses calls"
 *     @id("RES-001") ... @inputs("service_desk.answer_rate")
 * when
 *     $t : Threshold( metric == "service_desk.answer_rate", $warning : warning )
 *     $m : Measurement( metric == "service_desk.answer_rate", available == true, value < $warning )
 * then
 *     Detect.raise(drools, $m, $t);
 * end
 * }</pre>
 */
public final class Detect {
    private Detect() {}

    /**
     * Inserts a {@link Finding} for the measurement into the session.
     *
     * @param drools the consequence's {@code drools} variable (typed {@code Object} because the
     *               executable model passes an {@code org.drools.model.Drools} that also implements
     *               {@link RuleContext}; DROOLS-NOTES.md)
     * @throws IllegalStateException when the rule fired for a value inside the band, i.e. its
     *                               condition contradicts the metric's direction (a rule bug)
     */
    public static void raise(Object drools, Measurement measurement, Threshold threshold) {
        raise(drools, measurement, threshold, new String[0]);
    }

    /**
     * Inserts a finding for the measurement, adding as evidence the subjects of the findings of
     * other rules it builds on: a cross-element rule. Each {@code related} entry is
     * {@code name=RULE-ID}; the evidence {@code name} lists the names of that rule's subjects,
     * sorted, and {@code nameCount} counts them.
     *
     * <pre>{@code
     * then
     *     Detect.raise(drools, $m, $t, "understaffed=PPL-001", "slaMissed=PRC-003");
     * }</pre>
     */
    public static void raise(Object drools, Measurement measurement, Threshold threshold, String... related) {
        RuleContext context = (RuleContext) drools;
        RuleDescriptor rule = RuleMetadata.of(context.getRule());
        if (!threshold.metric().equals(measurement.metric())) {
            throw new IllegalStateException("rule " + rule.id() + " compared metric " + measurement.metric()
                    + " with the band of " + threshold.metric());
        }
        if (!measurement.available() || !threshold.isOutside(measurement.value())) {
            throw new IllegalStateException("rule " + rule.id() + " fired for " + measurement.subject().key() + " with "
                    + measurement.metric() + " = " + measurement.value() + ", which is inside its band (warning " + threshold.warning()
                    + ", " + threshold.direction() + "); its condition contradicts the metric's direction");
        }
        BandLevel level = threshold.isBreach(measurement.value()) ? BandLevel.BREACH : BandLevel.WARNING;
        Severity severity = level == BandLevel.BREACH ? rule.severity() : rule.severity().lower();
        Unit unit = MetricCatalog.standard().require(measurement.metric()).unit();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(value("observed", measurement.value(), unit));
        evidence.add(value("expected", threshold.warning(), unit));
        evidence.add(value("breach", threshold.breach(), unit));
        evidence.addAll(measurement.inputs());
        for (String entry : related) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("rule " + rule.id() + ": related finding '" + entry + "' must read name=RULE-ID");
            }
            String name = entry.substring(0, eq);
            String relatedRule = entry.substring(eq + 1);
            List<String> subjects = context.getKieRuntime().getObjects(o -> o instanceof Finding f && f.ruleId().equals(relatedRule)).stream()
                    .map(o -> ((Finding) o).subject().name()).sorted().distinct().toList();
            evidence.add(Evidence.list(name, subjects));
            evidence.add(Evidence.count(name + "Count", subjects.size()));
        }
        context.getKieRuntime().insert(new Finding(rule.id(), rule.element(), severity, level, measurement.subject(), measurement.metric(),
                evidence, rule.domainIds(), Outcome.FINDING));
    }

    private static Evidence value(String name, double value, Unit unit) {
        if (unit == Unit.DAYS || unit == Unit.COUNT) {
            return new Evidence(name, Math.round(value), unit);
        }
        return new Evidence(name, value, unit);
    }
}
