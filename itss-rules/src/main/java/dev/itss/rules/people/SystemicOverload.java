package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: understaffed posts and missed SLAs with knowledge rarely reused (PPL-010).
 */
public record SystemicOverload(Subject subject, List<Subject> understaffed, List<Subject> slaMissed) implements Justification {
    public SystemicOverload {
        understaffed = Lists.sorted(understaffed);
        slaMissed = Lists.sorted(slaMissed);
    }

    /** The posts and services joined: part of the finding's identity. */
    @Override
    public List<Subject> related() {
        return java.util.stream.Stream.concat(understaffed.stream(), slaMissed.stream()).toList();
    }
}
