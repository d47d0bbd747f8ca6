package dev.itss.rules.resources;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.SparePart;
import dev.itss.model.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * Justification: the parts whose requests the store could not fill, behind a hit rate beyond its
 * band (RES-005).
 *
 * @param missed each part with a miss, as {@code name (hits / requests)}, from the parts' declared counts
 */
public record PartsMissed(Subject subject, List<String> missed) implements Justification {
    public PartsMissed {
        missed = Lists.sorted(missed);
    }

    /** From the parts the rule matched. */
    public static PartsMissed of(Subject subject, List<?> parts) {
        List<String> missed = new ArrayList<>();
        for (Object o : parts) {
            SparePart part = (SparePart) o;
            missed.add(part.name() + " (" + part.hits() + " / " + part.requests() + ")");
        }
        return new PartsMissed(subject, missed);
    }
}
