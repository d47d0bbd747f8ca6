package dev.itss.rules;

import dev.itss.engine.spi.RuleEngine;
import dev.itss.engine.spi.RuleEngineProvider;
import dev.itss.policy.Policy;

/** Registers {@link DroolsRuleEngine} for {@link java.util.ServiceLoader}. */
public final class DroolsRuleEngineProvider implements RuleEngineProvider {
    @Override
    public RuleEngine create() {
        return new DroolsRuleEngine();
    }

    /** The built-in rules with the packs laid over them; see {@link DroolsRuleEngine#DroolsRuleEngine(java.util.List)}. */
    @Override
    public RuleEngine create(java.util.List<dev.itss.engine.spi.PackSetting> packs) {
        return new DroolsRuleEngine(packs);
    }

    /** The pack's default policy file, read without building the rule base (milliseconds instead of a second or more). */
    @Override
    public Policy defaultPolicy() {
        return DroolsRuleEngine.loadDefaultPolicy(DroolsRuleEngineProvider.class.getClassLoader());
    }
}
