package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: plan items due and not done, behind a plan completion beyond its band (TEC-004).
 */
public record PlanBehind(Subject subject, List<String> open) implements Justification {
    public PlanBehind {
        open = Lists.sorted(open);
    }
}
