package dev.itss.rules.process;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: services missing from the service catalogue (PRC-022).
 */
public record ServicesOutsideCatalogue(Subject subject, List<String> outside) implements Justification {
    public ServicesOutsideCatalogue {
        outside = Lists.sorted(outside);
    }
}
