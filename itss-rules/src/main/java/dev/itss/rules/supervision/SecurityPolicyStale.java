package dev.itss.rules.supervision;

import dev.itss.check.Justification;
import dev.itss.model.Subject;
import java.time.LocalDate;

/**
 * Justification: the information-security policy was not reviewed for longer than its band (SUP-002).
 */
public record SecurityPolicyStale(Subject subject, LocalDate lastReviewed, LocalDate approvedOn) implements Justification {}
