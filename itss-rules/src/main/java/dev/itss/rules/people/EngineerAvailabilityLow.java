package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.check.Shown;
import dev.itss.measure.Unit;
import dev.itss.model.Subject;

/**
 * Justification: an engineer lost more contracted hours to absence than the band allows (PPL-005).
 */
public record EngineerAvailabilityLow(Subject subject, @Shown(Unit.HOURS) double absenceHours, @Shown(Unit.HOURS) double contractedHours) implements Justification {}
