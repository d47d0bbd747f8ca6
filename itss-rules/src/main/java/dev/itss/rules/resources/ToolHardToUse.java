package dev.itss.rules.resources;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: users scored a tool's usability below its band (RES-008).
 */
public record ToolHardToUse(Subject subject) implements Justification {}
