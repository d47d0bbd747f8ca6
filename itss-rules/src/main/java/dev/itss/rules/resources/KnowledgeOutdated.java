package dev.itss.rules.resources;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: articles not revised for a year, behind an update rate beyond its band (RES-015).
 */
public record KnowledgeOutdated(Subject subject, List<String> stale) implements Justification {
    public KnowledgeOutdated {
        stale = Lists.sorted(stale);
    }
}
