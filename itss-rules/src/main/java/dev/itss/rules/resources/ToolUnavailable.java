package dev.itss.rules.resources;

import dev.itss.check.Justification;
import dev.itss.check.Shown;
import dev.itss.measure.Unit;
import dev.itss.model.Subject;

/**
 * Justification: a tool was down for too much of its planned time (RES-007).
 */
public record ToolUnavailable(Subject subject, @Shown(Unit.HOURS) double downtimeHours, @Shown(Unit.HOURS) double plannedHours) implements Justification {}
