package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: technical outputs nobody used, behind an output use rate beyond its band (TEC-005).
 */
public record OutputsUnused(Subject subject, List<String> unused) implements Justification {
    public OutputsUnused {
        unused = Lists.sorted(unused);
    }
}
