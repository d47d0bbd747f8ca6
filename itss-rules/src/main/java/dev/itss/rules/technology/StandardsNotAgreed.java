package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: standards the customer has not signed off, behind an agreed rate beyond its band (TEC-009).
 */
public record StandardsNotAgreed(Subject subject, List<String> notAgreed) implements Justification {
    public StandardsNotAgreed {
        notAgreed = Lists.sorted(notAgreed);
    }
}
