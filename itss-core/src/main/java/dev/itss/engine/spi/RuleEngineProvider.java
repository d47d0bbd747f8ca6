package dev.itss.engine.spi;

/**
 * Creates a {@link RuleEngine}; found through {@link java.util.ServiceLoader}. Creation may be
 * expensive (building a rule base), so {@link dev.itss.engine.AssessmentEngine#load()} calls it
 * once per engine.
 */
public interface RuleEngineProvider {

    /** Builds the engine. */
    RuleEngine create();

    /**
     * The rule pack's default policy, as {@link RuleEngine#defaultPolicy()} gives it. Override it
     * to read the policy without building the engine: {@code itss kpi} needs only its ticket SLA
     * targets and should start fast.
     */
    default dev.itss.policy.Policy defaultPolicy() {
        return create().defaultPolicy();
    }
}
