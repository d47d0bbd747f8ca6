package dev.itss.engine.spi;

import dev.itss.finding.RuleCatalog;
import dev.itss.improve.ActionTemplate;
import dev.itss.metric.Measurements;
import dev.itss.policy.Policy;
import java.util.List;
import java.util.Set;

/**
 * A rule engine behind {@link dev.itss.engine.AssessmentEngine}: it knows its rules and their
 * texts, ships a default policy, and turns measurements and thresholds into findings. It must be
 * thread-safe: one instance serves every assessment.
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

    /** The default policy shipped with the rules. */
    Policy defaultPolicy();

    /**
     * Runs the detection rules, then the improvement rules on their findings.
     *
     * @param measurements  the measure stage's output
     * @param thresholds    one per metric that has a band in the policy
     * @param disabledRules ids of rules that must not fire
     */
    Detection detect(Measurements measurements, List<Threshold> thresholds, Set<String> disabledRules);
}
