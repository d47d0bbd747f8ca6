package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.model.Subject;
import java.time.LocalDate;

/**
 * Justification: an SOP not reviewed for longer than its band (TEC-002).
 */
public record SopOverdue(Subject subject, String activity, LocalDate lastReviewed) implements Justification {}
