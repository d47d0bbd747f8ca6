package dev.itss.engine.spi;

/**
 * One rule firing, in firing order: the trace of an assessment.
 *
 * @param ruleId     the rule's id
 * @param subjectKey {@code kind:id} of what the firing matched: the measurement's subject when it
 *                   matched one, else the first matched fact that is an entity (in the order of the
 *                   rule's patterns, so not always the finding's subject); empty when none
 */
public record FiredRule(String ruleId, String subjectKey) {}
