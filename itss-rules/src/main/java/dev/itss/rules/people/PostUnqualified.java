package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: engineers on a post lack a skill the post requires (PPL-004).
 */
public record PostUnqualified(Subject subject, long qualified, long engineers, List<String> unqualified, List<String> requiredSkills) implements Justification {
    public PostUnqualified {
        unqualified = Lists.sorted(unqualified);
        requiredSkills = Lists.sorted(requiredSkills);
    }
}
