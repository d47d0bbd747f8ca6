package dev.itss.test;

import dev.itss.check.Finding;
import dev.itss.check.Scorecard;
import dev.itss.engine.Assessment;
import dev.itss.model.Element;
import dev.itss.model.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Assessment}; start with {@link ItssAssertions#assertThat(Assessment)}.
 * A failure lists what was expected and what the assessment found.
 */
public final class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {

    AssessmentAssert(Assessment actual) {
        super(actual, AssessmentAssert.class);
    }

    /** At least one finding of the rule. */
    public AssessmentAssert hasFinding(String ruleId) {
        isNotNull();
        if (actual.findings().ofRule(ruleId).isEmpty()) {
            failWithMessage("%nExpecting a finding of rule %s, but the assessment of %s has none.%nFindings: %s%s", ruleId,
                    actual.organisation().id(), found(actual.findings().findings()), notAvailable(ruleId));
        }
        return this;
    }

    /** A finding of the rule about the subject with that id (a post, an engineer, a tool...). */
    public AssessmentAssert hasFindingAbout(String ruleId, String subjectId) {
        isNotNull();
        List<Finding> ofRule = actual.findings().ofRule(ruleId);
        if (ofRule.stream().noneMatch(f -> f.subject().id().equals(subjectId))) {
            failWithMessage("%nExpecting a finding of rule %s about '%s', but %s%s", ruleId, subjectId,
                    ofRule.isEmpty() ? "the rule has no finding.%nFindings: " + found(actual.findings().findings())
                            : "its findings are about " + ofRule.stream().map(f -> f.subject().key()).toList(), notAvailable(ruleId));
        }
        return this;
    }

    /** No finding at or above the severity (after the policy's severity overrides). */
    public AssessmentAssert hasNoFindingsAtOrAbove(Severity severity) {
        isNotNull();
        List<Finding> reaching = actual.findings().findings().stream().filter(f -> f.severity().atLeast(severity)).toList();
        if (!reaching.isEmpty()) {
            failWithMessage("%nExpecting no finding at or above %s, but found %d:%n%s", severity, reaching.size(),
                    reaching.stream().map(AssessmentAssert::describe).collect(Collectors.joining(System.lineSeparator())));
        }
        return this;
    }

    /** The element's score (0-100) is at least {@code minimum}; an element with no check has no score and fails. */
    public AssessmentAssert hasScoreAtLeast(Element element, double minimum) {
        isNotNull();
        Scorecard.ElementScore score = actual.scores().of(element).orElse(null);
        if (score == null) {
            failWithMessage("%nExpecting %s to score at least %s, but it has no score (no rule judged it)", element, minimum);
        } else if (score.score() < minimum) {
            failWithMessage("%nExpecting %s to score at least %s, but it scored %s (%d findings in %d checks): %s", element, minimum,
                    score.score(), score.findings(), score.checks(), found(actual.findings().of(element)));
        }
        return this;
    }

    private static String found(List<Finding> findings) {
        return findings.isEmpty() ? "none" : findings.stream().map(AssessmentAssert::describe).distinct().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describe(Finding f) {
        return f.ruleId() + " " + f.severity() + " about " + f.subject().key();
    }

    private String notAvailable(String ruleId) {
        List<String> reasons = actual.findings().notAvailable().stream().filter(n -> n.ruleId().equals(ruleId))
                .map(n -> n.subject().key() + ": " + n.reason()).toList();
        return reasons.isEmpty() ? "" : String.format("%nThe rule could not judge (not available): %s", reasons);
    }
}
