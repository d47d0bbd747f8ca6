package dev.itss.rules.resources;

import dev.itss.finding.Justification;
import dev.itss.finding.Lists;
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
