package dev.itss.rules.process;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: a service with more major incidents than its band allows (PRC-005).
 */
public record MajorIncidents(Subject subject) implements Justification {}
