package dev.itss.rules.process;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: required processes not defined or not documented (PRC-001).
 */
public record RequiredProcessesMissing(Subject subject, List<String> missing) implements Justification {
    public RequiredProcessesMissing {
        missing = Lists.sorted(missing);
    }
}
