package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.model.Subject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Justification: an emergency plan not drilled for longer than its band (TEC-003).
 */
public record PlanNotDrilled(Subject subject, Optional<LocalDate> lastDrill, LocalDate approvedOn) implements Justification {}
