package dev.itss.engine;

/** No rule engine is on the classpath; add {@code dev.itss:itss-rules}. */
public class NoRuleEngineException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NoRuleEngineException() {
        super("no rule engine found: add the dependency dev.itss:itss-rules (or another RuleEngineProvider "
                + "registered in META-INF/services/dev.itss.engine.spi.RuleEngineProvider)");
    }
}
