package dev.itss.engine.spi;

/**
 * Creates a {@link RuleEngine}; found through {@link java.util.ServiceLoader}. Creation may be
 * expensive (building a rule base), so {@link dev.itss.engine.AssessmentEngine#load()} calls it
 * once per engine.
 */
public interface RuleEngineProvider {

    /** Builds the engine. */
    RuleEngine create();
}
