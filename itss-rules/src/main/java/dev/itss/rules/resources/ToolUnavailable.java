package dev.itss.rules.resources;

import dev.itss.finding.Justification;
import dev.itss.finding.Shown;
import dev.itss.metric.Unit;
import dev.itss.model.Subject;

/**
 * Justification: a tool was down for too much of its planned time (RES-007).
 */
public record ToolUnavailable(Subject subject, @Shown(Unit.HOURS) double downtimeHours, @Shown(Unit.HOURS) double plannedHours) implements Justification {}
