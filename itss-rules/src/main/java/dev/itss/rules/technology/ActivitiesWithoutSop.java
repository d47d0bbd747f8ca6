package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: routine activities with no SOP, behind an SOP coverage beyond its band (TEC-001).
 */
public record ActivitiesWithoutSop(Subject subject, List<String> uncovered) implements Justification {
    public ActivitiesWithoutSop {
        uncovered = Lists.sorted(uncovered);
    }
}
