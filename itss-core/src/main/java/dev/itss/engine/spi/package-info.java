/**
 * The service-provider interface a rule engine implements to run behind
 * {@link dev.itss.engine.AssessmentEngine}. The built-in implementation (Drools) lives in
 * {@code itss-rules} and registers a {@link dev.itss.engine.spi.RuleEngineProvider} in
 * {@code META-INF/services}.
 */
package dev.itss.engine.spi;
