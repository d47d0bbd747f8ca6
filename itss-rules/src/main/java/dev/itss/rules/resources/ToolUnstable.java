package dev.itss.rules.resources;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: a tool failed more often than its band allows (RES-009).
 */
public record ToolUnstable(Subject subject) implements Justification {}
