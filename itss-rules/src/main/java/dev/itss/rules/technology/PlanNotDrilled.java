package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.model.Subject;
import java.time.LocalDate;

/**
 * Justification: an emergency plan whose latest drill is older than its band (TEC-003).
 *
 * @param lastDrill  day of the latest drill
 * @param approvedOn day the plan was approved
 */
public record PlanNotDrilled(Subject subject, LocalDate lastDrill, LocalDate approvedOn) implements Justification {}
