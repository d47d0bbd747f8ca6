package dev.itss.rules.supervision;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: risks past their review date (SUP-005).
 */
public record RiskReviewsOverdue(Subject subject, List<String> overdue) implements Justification {
    public RiskReviewsOverdue {
        overdue = Lists.sorted(overdue);
    }
}
