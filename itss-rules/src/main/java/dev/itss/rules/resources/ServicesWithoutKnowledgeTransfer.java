package dev.itss.rules.resources;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: deployed services taken over without a knowledge transfer (RES-019).
 */
public record ServicesWithoutKnowledgeTransfer(Subject subject, List<String> withoutTransfer) implements Justification {
    public ServicesWithoutKnowledgeTransfer {
        withoutTransfer = Lists.sorted(withoutTransfer);
    }
}
