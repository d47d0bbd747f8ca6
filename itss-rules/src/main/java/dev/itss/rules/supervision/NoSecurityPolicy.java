package dev.itss.rules.supervision;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: the organisation has no information-security policy (SUP-001).
 */
public record NoSecurityPolicy(Subject subject) implements Justification {}
