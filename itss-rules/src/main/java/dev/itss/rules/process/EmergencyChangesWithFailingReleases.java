package dev.itss.rules.process;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: releases rolled back while emergency changes are frequent (PRC-021).
 */
public record EmergencyChangesWithFailingReleases(Subject subject, List<Subject> emergencyChanges) implements Justification {
    public EmergencyChangesWithFailingReleases {
        emergencyChanges = Lists.sorted(emergencyChanges);
    }
}
