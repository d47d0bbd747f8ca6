package dev.itss.finding;

import dev.itss.metric.Evidence;
import dev.itss.model.Element;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import java.util.List;
import java.util.Optional;

/**
 * A rule's verdict that one subject has a problem: what was observed against what was expected,
 * with the facts behind it. Texts are not stored here; reports render them late, in the reader's
 * language, from the rule's message template and this evidence.
 *
 * <p>Identity ({@link #key()}) is rule + subject, never the values, so the same problem in two
 * periods is the same finding, "persisting".
 *
 * @param ruleId    stable rule id, e.g. {@code PPL-001}
 * @param element   the service element
 * @param severity  the severity after the band level and the policy's override
 * @param level     how far beyond the band the value lies
 * @param subject   what the finding is about
 * @param metric    the metric compared
 * @param evidence  {@code observed}, {@code expected}, {@code breach}, then the metric's inputs
 * @param domainIds the ITSS-DOMAIN items the rule covers
 * @param outcome   {@link Outcome#FINDING} or {@link Outcome#WAIVED}
 */
public record Finding(
        String ruleId,
        Element element,
        Severity severity,
        BandLevel level,
        Subject subject,
        String metric,
        List<Evidence> evidence,
        List<String> domainIds,
        Outcome outcome) {

    public Finding {
        evidence = List.copyOf(evidence);
        domainIds = List.copyOf(domainIds);
    }

    /** {@code ruleId|kind:id}: the identity that persists across periods. */
    public String key() {
        return ruleId + "|" + subject.key();
    }

    /** The piece of evidence with this name. */
    public Optional<Evidence> evidence(String name) {
        return evidence.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The same finding with another severity. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, element, newSeverity, level, subject, metric, evidence, domainIds, outcome);
    }
}
