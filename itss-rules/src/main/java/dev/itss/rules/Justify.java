package dev.itss.rules;

import dev.itss.check.BandLevel;
import dev.itss.check.Finding;
import dev.itss.check.FigureOutsideBand;
import dev.itss.check.Justification;
import dev.itss.check.Outcome;
import dev.itss.check.RuleDescriptor;
import dev.itss.measure.Evidence;
import dev.itss.measure.Measurement;
import dev.itss.measure.MetricCatalog;
import dev.itss.measure.Threshold;
import dev.itss.measure.Unit;
import dev.itss.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The finding factory called from rule consequences. It records the finding with the rule's
 * metadata, the justification's evidence and, for a rule judged against a band, the band level
 * ({@code observed}, {@code expected}, {@code breach}); and it inserts the justification itself,
 * so that other rules can join it (a cross-element rule matches {@code PostUnderstaffed}).
 *
 * <pre>{@code
 * rule "RES-006 tool unfit"
 *     @id("RES-006") ... @inputs("Tool")
 * when
 *     $t : Threshold( metric == "tools.fit_rate" )
 *     $tool : Tool( $fit : Ratios.of(requirementsMet, requirements), Bands.beyond($t, $fit) )
 * then
 *     Justify.raise(drools, new ToolUnfit(Subjects.of($tool), $tool.requirementsMet(), $tool.requirements()), $t, $fit);
 * end
 * }</pre>
 *
 * <p>{@code drools} is typed {@code Object} because the executable model passes an
 * {@code org.drools.model.Drools} that also implements {@link RuleContext} (docs/drools.md).
 */
public final class Justify {
    /**
     * Where the findings of the session this thread is firing go: set by {@link DroolsRuleEngine}
     * around {@code fireAllRules}, so that findings need not pass through working memory (no rule
     * matches a finding; rules join the justifications, which are inserted). Without a collector,
     * as when a consequence is called outside the engine, the finding is inserted into the session.
     */
    private static final ThreadLocal<List<Finding>> COLLECTED = new ThreadLocal<>();

    private Justify() {}

    /** Runs {@code firing} with the findings it raises added to {@code into}. */
    static <T> T collecting(List<Finding> into, java.util.function.Supplier<T> firing) {
        COLLECTED.set(into);
        try {
            return firing.get();
        } finally {
            COLLECTED.remove();
        }
    }

    private static void add(RuleContext context, Finding finding) {
        List<Finding> collected = COLLECTED.get();
        if (collected != null) {
            collected.add(finding);
        } else {
            context.getKieRuntime().insert(finding);
        }
    }

    /** A finding with no band: the condition itself is the problem (a post nobody backs up). Severity as declared. */
    public static void raise(Object drools, Justification justification) {
        RuleContext context = (RuleContext) drools;
        RuleDescriptor rule = RuleMetadata.of(context.getRule());
        insert(context, rule, rule.severity(), BandLevel.BREACH, "", justification.evidence(), justification);
    }

    /**
     * A finding whose justification is a DRL {@code declare} type or any fact that is not a
     * {@link Justification}: read as {@link dev.itss.check.NamedValues#of(Object)} (its
     * {@code subject} field, and its other fields as evidence).
     */
    public static void raise(Object drools, Object declared) {
        raise(drools, asJustification(declared));
    }

    /** A finding about a value beyond a band, justified by a DRL {@code declare} type; see {@link #raise(Object, Object)}. */
    public static void raise(Object drools, Object declared, Threshold band, double computed) {
        raise(drools, asJustification(declared), band, computed);
    }

    private static Justification asJustification(Object fact) {
        return fact instanceof Justification j ? j : dev.itss.check.NamedValues.of(fact);
    }

    /**
     * A finding about a value beyond a band: the rule computed {@code observed} from the entities
     * it matched.
     *
     * @throws IllegalStateException when {@code observed} lies inside the band (the rule's
     *                               condition contradicts the metric's direction: a rule bug)
     */
    public static void raise(Object drools, Justification justification, Threshold band, double computed) {
        double observed = Measurement.round(computed);
        RuleContext context = (RuleContext) drools;
        RuleDescriptor rule = RuleMetadata.of(context.getRule());
        List<Evidence> evidence = bandEvidence(rule.id(), band, observed, justification.subject().key());
        merge(evidence, justification.evidence());
        BandLevel level = band.isBreach(observed) ? BandLevel.BREACH : BandLevel.WARNING;
        insert(context, rule, severity(rule, level), level, band.metric(), evidence, justification);
    }

    /**
     * A finding about entities behind a figure beyond its band: the rule matched the figure
     * (measured once, by the measure stage) and the entities that make it up. The evidence is the
     * band, the justification, then the figure's own inputs.
     */
    public static void raise(Object drools, Justification justification, Threshold band, Measurement figure) {
        RuleContext context = (RuleContext) drools;
        RuleDescriptor rule = RuleMetadata.of(context.getRule());
        if (!band.metric().equals(figure.metric())) {
            throw new IllegalStateException("rule " + rule.id() + " compared figure " + figure.metric() + " with the band of " + band.metric());
        }
        List<Evidence> evidence = bandEvidence(rule.id(), band, figure.value(), figure.subject().key());
        merge(evidence, justification.evidence());
        merge(evidence, figure.inputs());
        BandLevel level = band.isBreach(figure.value()) ? BandLevel.BREACH : BandLevel.WARNING;
        insert(context, rule, severity(rule, level), level, band.metric(), evidence, justification);
    }

    /** The finding of a check row: its figure beyond its band. */
    public static void check(Object drools, Check check, Measurement figure, Threshold band) {
        check(drools, check, figure, band, null, null);
    }

    /** The finding of a check row whose figure alongside ({@link Check#alongside()}) is beyond its band too; that figure's value is evidence. */
    public static void check(Object drools, Check check, Measurement figure, Threshold band, Measurement alongside, Threshold alongsideBand) {
        RuleContext context = (RuleContext) drools;
        List<Evidence> evidence = bandEvidence(check.id(), band, figure.value(), figure.subject().key());
        evidence.addAll(figure.inputs());
        if (alongside != null) {
            evidence.add(new Evidence(check.alongsideName(), alongside.value(), alongsideBand.unit()));
        }
        BandLevel level = band.isBreach(figure.value()) ? BandLevel.BREACH : BandLevel.WARNING;
        Severity severity = level == BandLevel.BREACH ? check.severity() : check.severity().lower();
        FigureOutsideBand justification = new FigureOutsideBand(figure.subject(), figure.metric(), figure.inputs());
        context.getKieRuntime().insert(justification);
        add(context, new Finding(check.id(), check.element(), severity, level, figure.subject(), figure.metric(),
                evidence, check.domain(), Outcome.FINDING, justification));
    }

    /** The names of the engineers (or other entities), for a justification's list of names: {@code [黄强]}. */
    public static List<String> names(java.util.Collection<?> entities) {
        return entities.stream().map(e -> dev.itss.measure.Subjects.of(e).name()).toList();
    }

    /** The subjects of the entities a rule collected ({@code collectList}, {@code collectSet}). */
    public static List<dev.itss.model.Subject> subjects(java.util.Collection<?> entities) {
        return entities.stream().map(dev.itss.measure.Subjects::of).toList();
    }

    private static Severity severity(RuleDescriptor rule, BandLevel level) {
        return level == BandLevel.BREACH ? rule.severity() : rule.severity().lower();
    }

    private static void insert(RuleContext context, RuleDescriptor rule, Severity severity, BandLevel level, String metric,
                               List<Evidence> evidence, Justification justification) {
        context.getKieRuntime().insert(justification);
        add(context, new Finding(rule.id(), rule.element(), severity, level, justification.subject(), metric,
                evidence, rule.domainIds(), Outcome.FINDING, justification));
    }

    private static List<Evidence> bandEvidence(String ruleId, Threshold band, double observed, String subject) {
        if (Double.isNaN(observed) || !band.isOutside(observed)) {
            throw new IllegalStateException("rule " + ruleId + " fired for " + subject + " with " + band.metric() + " = " + observed
                    + ", which is inside its band (warning " + band.warning() + ", " + band.direction()
                    + "); its condition contradicts the metric's direction");
        }
        Unit unit = band.unit();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(value("observed", observed, unit));
        evidence.add(value("expected", band.warning(), unit));
        evidence.add(value("breach", band.breach(), unit));
        return evidence;
    }

    /** Adds the entries whose names are not there yet: the first statement of a name wins. */
    private static void merge(List<Evidence> into, List<Evidence> more) {
        int stated = into.size();
        for (Evidence e : more) {
            boolean known = false;
            for (int i = 0; i < stated && !known; i++) {
                known = into.get(i).name().equals(e.name());
            }
            if (!known) {
                into.add(e);
            }
        }
    }

    private static Evidence value(String name, double value, Unit unit) {
        if (unit == Unit.DAYS || unit == Unit.COUNT) {
            return new Evidence(name, Math.round(value), unit);
        }
        return new Evidence(name, value, unit);
    }
}
