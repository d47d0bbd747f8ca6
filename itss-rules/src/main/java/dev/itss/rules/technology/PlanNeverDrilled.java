package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.model.Subject;
import java.time.LocalDate;

/**
 * Justification: an emergency plan never drilled since its approval, for longer than the
 * first-drill allowance (TEC-014).
 *
 * @param approvedOn day the plan was approved
 */
public record PlanNeverDrilled(Subject subject, LocalDate approvedOn) implements Justification {}
