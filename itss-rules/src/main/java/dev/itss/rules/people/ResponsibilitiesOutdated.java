package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.model.Subject;
import java.time.LocalDate;

/**
 * Justification: a post's responsibilities were last reviewed too long ago (PPL-006).
 */
public record ResponsibilitiesOutdated(Subject subject, LocalDate reviewedOn) implements Justification {}
