package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: the engineers who left, behind a turnover beyond its band (PPL-007).
 */
public record HighTurnover(Subject subject, List<String> leavers) implements Justification {
    public HighTurnover {
        leavers = Lists.sorted(leavers);
    }
}
