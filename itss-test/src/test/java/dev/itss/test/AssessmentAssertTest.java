package dev.itss.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.check.BandLevel;
import dev.itss.check.Finding;
import dev.itss.check.Findings;
import dev.itss.check.NamedValues;
import dev.itss.check.NotAvailable;
import dev.itss.check.Outcome;
import dev.itss.check.Scorecard;
import dev.itss.engine.Assessment;
import dev.itss.improve.ImprovementPlan;
import dev.itss.measure.Measurements;
import dev.itss.model.Element;
import dev.itss.model.Organisation;
import dev.itss.model.Period;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentAssertTest {
    static final Subject DESK = new Subject("post", "desk", "Service desk");
    static final Subject LI = new Subject("engineer", "li", "Li");

    static Finding finding(String id, Severity severity, Subject subject) {
        return new Finding(id, Element.PEOPLE, severity, BandLevel.BREACH, subject, "", List.of(), List.of("P-P-01"), Outcome.FINDING,
                NamedValues.about(subject));
    }

    static Assessment assessment(List<Finding> findings, List<NotAvailable> notAvailable, Scorecard scores) {
        Findings all = new Findings(findings, notAvailable);
        Organisation org = new Organisation("org", "Org");
        Period period = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        return new Assessment(org, period, new Measurements(List.of()), all, List.of(), "test", ImprovementPlan.none(org, period), scores);
    }

    static final Assessment TWO = assessment(List.of(finding("PPL-001", Severity.HIGH, DESK), finding("HSP-001", Severity.MEDIUM, LI)),
            List.of(new NotAvailable("HSP-002", Element.RESOURCES, DESK, "desk.callback_rate", "not declared in the snapshot", List.of("M-R-05"))),
            new Scorecard(List.of(new Scorecard.ElementScore(Element.PEOPLE, 10, 2, 32, 80.0)), Optional.of(80.0)));

    @Test
    void passingAssertionsChain() {
        ItssAssertions.assertThat(TWO).hasFinding("PPL-001").hasFindingAbout("HSP-001", "li")
                .hasNoFindingsAtOrAbove(Severity.CRITICAL).hasScoreAtLeast(Element.PEOPLE, 80);
    }

    @Test
    void aMissingFindingListsWhatWasFoundAndWhyTheRuleCouldNotJudge() {
        assertThatThrownBy(() -> ItssAssertions.assertThat(TWO).hasFinding("HSP-002"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting a finding of rule HSP-002, but the assessment of org has none.")
                .hasMessageContaining("Findings: [PPL-001 HIGH about post:desk, HSP-001 MEDIUM about engineer:li]")
                .hasMessageContaining("The rule could not judge (not available): [post:desk: not declared in the snapshot]");
    }

    @Test
    void aFindingAboutAnotherSubjectNamesTheSubjectsFound() {
        assertThatThrownBy(() -> ItssAssertions.assertThat(TWO).hasFindingAbout("PPL-001", "network"))
                .hasMessageContaining("Expecting a finding of rule PPL-001 about 'network', but its findings are about [post:desk]");
    }

    @Test
    void findingsAtTheSeverityAreListed() {
        assertThatThrownBy(() -> ItssAssertions.assertThat(TWO).hasNoFindingsAtOrAbove(Severity.MEDIUM))
                .hasMessageContaining("Expecting no finding at or above MEDIUM, but found 2:")
                .hasMessageContaining("PPL-001 HIGH about post:desk")
                .hasMessageContaining("HSP-001 MEDIUM about engineer:li");
    }

    @Test
    void aLowScoreShowsTheScoreAndTheFindings() {
        assertThatThrownBy(() -> ItssAssertions.assertThat(TWO).hasScoreAtLeast(Element.PEOPLE, 90))
                .hasMessageContaining("Expecting PEOPLE to score at least 90.0, but it scored 80.0 (2 findings in 10 checks)");
        assertThatThrownBy(() -> ItssAssertions.assertThat(TWO).hasScoreAtLeast(Element.PROCESS, 1))
                .hasMessageContaining("Expecting PROCESS to score at least 1.0, but it has no score");
    }

    @Test
    void assertionsRecordTheRulesThatFiredForCoverage() {
        ItssAssertions.assertThat(TWO);
        org.assertj.core.api.Assertions.assertThat(RuleCoverage.fired()).contains("PPL-001", "HSP-001").doesNotContain("HSP-002");
    }
}
