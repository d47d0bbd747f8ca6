package dev.itss.rules.resources;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: a tool meets too few of the service's requirements (RES-006).
 */
public record ToolUnfit(Subject subject, int requirementsMet, int requirements) implements Justification {}
