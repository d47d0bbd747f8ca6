package dev.itss.rules.people;

import dev.itss.finding.Justification;
import dev.itss.finding.Shown;
import dev.itss.metric.Unit;
import dev.itss.model.Subject;

/**
 * Justification: an engineer lost more contracted hours to absence than the band allows (PPL-005).
 */
public record EngineerAvailabilityLow(Subject subject, @Shown(Unit.HOURS) double absenceHours, @Shown(Unit.HOURS) double contractedHours) implements Justification {}
