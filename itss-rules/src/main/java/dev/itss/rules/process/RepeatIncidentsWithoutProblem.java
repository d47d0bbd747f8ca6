package dev.itss.rules.process;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: a configuration item with repeated incidents and no problem record (PRC-020).
 */
public record RepeatIncidentsWithoutProblem(Subject subject, int incidents, int problemRecords) implements Justification {}
