package dev.itss.engine.spi;

/**
 * One rule firing, in firing order: the trace of an assessment.
 *
 * @param ruleId     the rule's id
 * @param subjectKey {@code kind:id} of the measurement it matched, empty when none
 */
public record FiredRule(String ruleId, String subjectKey) {}
