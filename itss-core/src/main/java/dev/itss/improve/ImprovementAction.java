package dev.itss.improve;

import dev.itss.model.Element;
import dev.itss.model.Severity;
import java.util.List;

/**
 * One action of the plan: a template applied to every finding linked to it.
 *
 * @param rank       1 for the most urgent action
 * @param template   the template
 * @param findings   keys of the findings it addresses, sorted
 * @param ruleIds    the detection rules of those findings, sorted
 * @param severity   the highest severity among them
 * @param elements   the elements the findings span, in element order
 * @param priority   the ranking score (see {@link ImprovementPlan#priority})
 * @param targets    the metric targets it should reach by the next period
 */
public record ImprovementAction(
        int rank,
        ActionTemplate template,
        List<String> findings,
        List<String> ruleIds,
        Severity severity,
        List<Element> elements,
        double priority,
        List<ActionTarget> targets) {

    public ImprovementAction {
        findings = List.copyOf(findings);
        ruleIds = List.copyOf(ruleIds);
        elements = List.copyOf(elements);
        targets = List.copyOf(targets);
    }
}
