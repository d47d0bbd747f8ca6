package dev.itss.check;

import dev.itss.model.Element;
import java.util.Comparator;
import java.util.List;

/**
 * The output of the detect stage: findings ordered by severity (highest first), element, rule and
 * subject, and the rules that could not judge.
 *
 * @param findings     problems found
 * @param notAvailable rule outcomes without data
 */
public record Findings(List<Finding> findings, List<NotAvailable> notAvailable) {
    /** The report order: severity descending, then element, rule id and subject id. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::element)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.subject().id());

    public Findings {
        findings = findings.stream().sorted(ORDER).toList();
        notAvailable = notAvailable.stream()
                .sorted(Comparator.comparing(NotAvailable::ruleId).thenComparing(n -> n.subject().id()))
                .toList();
    }

    /** The findings of one element. */
    public List<Finding> of(Element element) {
        return findings.stream().filter(f -> f.element() == element).toList();
    }

    /** The findings of one rule. */
    public List<Finding> ofRule(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
