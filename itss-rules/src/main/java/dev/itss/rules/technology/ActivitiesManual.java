package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: activities done by hand, behind an automation rate beyond its band (TEC-006).
 */
public record ActivitiesManual(Subject subject, List<String> manual) implements Justification {
    public ActivitiesManual {
        manual = Lists.sorted(manual);
    }
}
