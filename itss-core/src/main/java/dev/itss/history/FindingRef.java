package dev.itss.history;

import dev.itss.check.Finding;
import dev.itss.check.Outcome;
import dev.itss.model.Element;
import dev.itss.model.Severity;
import dev.itss.model.Subject;

/**
 * A finding as a diff sees it: its identity and what a reader needs to recognise it, read from an
 * assessment or from its JSON report.
 *
 * @param key      the identity (rule id and entity ids, never numbers or text)
 * @param ruleId   the rule
 * @param element  the element
 * @param severity the severity
 * @param subject  the subject
 * @param outcome  FINDING or WAIVED
 */
public record FindingRef(String key, String ruleId, Element element, Severity severity, Subject subject, Outcome outcome) {

    /** The reference of a finding. */
    public static FindingRef of(Finding finding) {
        return new FindingRef(finding.key(), finding.ruleId(), finding.element(), finding.severity(), finding.subject(), finding.outcome());
    }
}
