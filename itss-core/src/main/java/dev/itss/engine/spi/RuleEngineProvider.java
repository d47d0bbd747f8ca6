package dev.itss.engine.spi;

/**
 * Creates a {@link RuleEngine}; found through {@link java.util.ServiceLoader}. Creation may be
 * expensive (building a rule base), so {@link dev.itss.engine.AssessmentEngine#load()} calls it
 * once per engine.
 */
public interface RuleEngineProvider {

    /** Builds the engine with its built-in rules only. */
    RuleEngine create();

    /**
     * Builds the engine with rule packs laid over its built-in rules, in order (a later pack's
     * policy overrides an earlier one's).
     *
     * @throws dev.itss.read.InvalidInputException listing every problem of every pack
     * @throws UnsupportedOperationException when this engine does not take packs (the default)
     */
    default RuleEngine create(java.util.List<PackSetting> packs) {
        if (packs.isEmpty()) {
            return create();
        }
        throw new UnsupportedOperationException(getClass().getName() + " does not take rule packs");
    }

    /**
     * The rule pack's default policy, as {@link RuleEngine#defaultPolicy()} gives it. Override it
     * to read the policy without building the engine: {@code itss kpi} needs only its ticket SLA
     * targets and should start fast.
     */
    default dev.itss.policy.Policy defaultPolicy() {
        return create().defaultPolicy();
    }
}
