package dev.itss.engine.spi;

import dev.itss.check.RuleCatalog;
import dev.itss.improve.ActionTemplate;
import dev.itss.measure.Facts;
import dev.itss.policy.Policy;
import java.util.List;
import java.util.Set;

/**
 * A rule engine behind {@link dev.itss.engine.AssessmentEngine}: it knows its rules and their
 * texts, ships a default policy, and turns the organisation's {@link Facts} (entities, figures and
 * the policy's bands) into findings. It must be thread-safe: one instance serves every assessment.
 */
public interface RuleEngine {

    /** A short name for logs and reports, e.g. {@code drools}. */
    String name();

    /** The rules this engine runs, with their texts. */
    RuleCatalog catalog();

    /** The improvement-action templates the pack's improvement rules link findings to; none by default. */
    default List<ActionTemplate> actionTemplates() {
        return List.of();
    }

    /**
     * The metrics the engine's packs define beside the built-in catalogue (a pack's own figures);
     * none by default.
     */
    default List<dev.itss.measure.MetricDefinition> metrics() {
        return List.of();
    }

    /** The default policy shipped with the rules. */
    Policy defaultPolicy();

    /**
     * Runs the rules over the facts: the check rows, the domain rules, then any improvement rules
     * on their findings.
     *
     * @param facts         the measure stage's output: entities, figures and bands
     * @param disabledRules ids of rules that must not fire
     */
    Detection detect(Facts facts, Set<String> disabledRules);
}
