package dev.itss.rules.process;

import dev.itss.check.Justification;
import dev.itss.model.Subject;

/**
 * Justification: releases rolled back while emergency changes are frequent (PRC-021).
 *
 * @param emergencyChangeRate the share of changes that were emergency changes, beyond its own band
 */
public record EmergencyChangesWithFailingReleases(Subject subject, double emergencyChangeRate) implements Justification {}
