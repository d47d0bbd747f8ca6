package dev.itss.check;

import dev.itss.measure.Evidence;
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
 * <p>Identity ({@link #key()}) is the rule id, the subject and the other entities the
 * justification names ({@link Justification#related()}), never the values, so the same problem in
 * two periods is the same finding, "persisting".
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
 * @param justification the rule's typed reason; its components are part of {@code evidence}
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
        Outcome outcome,
        Justification justification) {

    public Finding {
        evidence = List.copyOf(evidence);
        domainIds = List.copyOf(domainIds);
    }

    /** A finding whose justification is its evidence about a figure (a check row, or a test's own finding). */
    public Finding(String ruleId, Element element, Severity severity, BandLevel level, Subject subject, String metric,
                   List<Evidence> evidence, List<String> domainIds, Outcome outcome) {
        this(ruleId, element, severity, level, subject, metric, evidence, domainIds, outcome, new FigureOutsideBand(subject, metric, evidence));
    }

    /**
     * {@code ruleId|kind:id}, then {@code |kind:id} of each related entity: the identity that
     * persists across periods.
     */
    public String key() {
        StringBuilder key = new StringBuilder(ruleId).append('|').append(subject.key());
        for (Subject other : justification.related()) {
            key.append('|').append(other.key());
        }
        return key.toString();
    }

    /** The justification if it is of this type. */
    public <J extends Justification> Optional<J> justification(Class<J> type) {
        return type.isInstance(justification) ? Optional.of(type.cast(justification)) : Optional.empty();
    }

    /** The piece of evidence with this name. */
    public Optional<Evidence> evidence(String name) {
        for (Evidence e : evidence) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The same finding with another outcome (the policy's waivers mark it {@link Outcome#WAIVED}). */
    public Finding withOutcome(Outcome newOutcome) {
        return new Finding(ruleId, element, severity, level, subject, metric, evidence, domainIds, newOutcome, justification);
    }

    /** True when a waiver of the policy accepts this finding. */
    public boolean waived() {
        return outcome == Outcome.WAIVED;
    }

    /** The same finding with another severity. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, element, newSeverity, level, subject, metric, evidence, domainIds, outcome, justification);
    }
}
