package dev.itss.rules;

import dev.itss.engine.spi.RuleEngine;
import dev.itss.engine.spi.RuleEngineProvider;

/** Registers {@link DroolsRuleEngine} for {@link java.util.ServiceLoader}. */
public final class DroolsRuleEngineProvider implements RuleEngineProvider {
    @Override
    public RuleEngine create() {
        return new DroolsRuleEngine();
    }
}
