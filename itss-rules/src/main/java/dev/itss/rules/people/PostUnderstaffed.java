package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: a post has fewer engineers than its required headcount times the band (PPL-001).
 */
public record PostUnderstaffed(Subject subject, long staffed, int required, List<String> engineers) implements Justification {
    public PostUnderstaffed {
        engineers = Lists.sorted(engineers);
    }
}
