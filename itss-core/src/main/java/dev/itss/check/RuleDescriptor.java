package dev.itss.check;

import dev.itss.model.Element;
import dev.itss.model.Severity;
import java.util.List;

/**
 * The machine facts of one rule, read from its metadata ({@code @id}, {@code @element},
 * {@code @severity}, {@code @domain}, {@code @lifecycle}, {@code @inputs}).
 *
 * @param id        stable id, never reused, e.g. {@code PPL-001}
 * @param element   the service element it checks
 * @param severity  severity of a breach (a warning is one step lower)
 * @param domainIds ITSS-DOMAIN items covered, e.g. {@code [P-P-01, M-P-01]}
 * @param lifecycle lifecycle stage, e.g. {@code L-3}
 * @param inputs    what the rule needs ({@code @inputs}): figure ids, fact types ({@code Post}) or
 *                  optional fields ({@code Engineer.absenceHours}); when one is missing the rule
 *                  reports {@link Outcome#NOT_AVAILABLE} ({@link RuleInput}). The first names the
 *                  rule's candidate subjects for the scores.
 * @param kind      a DRL domain rule, a check row or an improvement rule ({@code @kind}, detection by default)
 * @param action    the action template an improvement rule links to ({@code @action}); empty for detection rules
 * @param joins     the links between entities a cross-element rule joins ({@code @joins}), each
 *                  {@code Type.field} of a field marked {@code @References} (or an engineer's
 *                  skills), e.g. {@code ServiceOffering.posts}; empty for a rule within one element
 */
public record RuleDescriptor(String id, Element element, Severity severity, List<String> domainIds, String lifecycle, List<String> inputs,
                             RuleKind kind, String action, List<String> joins) {

    public RuleDescriptor {
        domainIds = List.copyOf(domainIds);
        inputs = List.copyOf(inputs);
        kind = kind == null ? RuleKind.DETECTION : kind;
        action = action == null ? "" : action;
        joins = joins == null ? List.of() : List.copyOf(joins);
    }

    /** A rule that joins no links. */
    public RuleDescriptor(String id, Element element, Severity severity, List<String> domainIds, String lifecycle, List<String> inputs,
                          RuleKind kind, String action) {
        this(id, element, severity, domainIds, lifecycle, inputs, kind, action, List.of());
    }

    /** Whether the rule reasons across elements: it joins links between entities ({@code @joins}). */
    public boolean crossElement() {
        return !joins.isEmpty();
    }

    /** A detection rule. */
    public RuleDescriptor(String id, Element element, Severity severity, List<String> domainIds, String lifecycle, List<String> inputs) {
        this(id, element, severity, domainIds, lifecycle, inputs, RuleKind.DETECTION, "");
    }
}
