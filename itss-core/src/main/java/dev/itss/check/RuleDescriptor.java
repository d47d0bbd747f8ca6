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
 */
public record RuleDescriptor(String id, Element element, Severity severity, List<String> domainIds, String lifecycle, List<String> inputs,
                             RuleKind kind, String action) {

    public RuleDescriptor {
        domainIds = List.copyOf(domainIds);
        inputs = List.copyOf(inputs);
        kind = kind == null ? RuleKind.DETECTION : kind;
        action = action == null ? "" : action;
    }

    /** A detection rule. */
    public RuleDescriptor(String id, Element element, Severity severity, List<String> domainIds, String lifecycle, List<String> inputs) {
        this(id, element, severity, domainIds, lifecycle, inputs, RuleKind.DETECTION, "");
    }
}
