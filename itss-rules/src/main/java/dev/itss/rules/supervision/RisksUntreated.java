package dev.itss.rules.supervision;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: risks without an approved treatment plan (SUP-004).
 */
public record RisksUntreated(Subject subject, List<String> untreated) implements Justification {
    public RisksUntreated {
        untreated = Lists.sorted(untreated);
    }
}
