package dev.itss.rules.process;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: services with no agreed SLA, behind an SLA coverage beyond its band (PRC-004).
 */
public record ServicesWithoutSla(Subject subject, List<String> withoutSla) implements Justification {
    public ServicesWithoutSla {
        withoutSla = Lists.sorted(withoutSla);
    }
}
