package dev.itss.rules.process;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: a service below its agreed SLA attainment by more than the band (PRC-003).
 */
public record SlaMissed(Subject subject, double attainment, double target, int metSla, int inScope) implements Justification {}
