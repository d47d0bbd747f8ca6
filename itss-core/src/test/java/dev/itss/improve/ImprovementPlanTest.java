package dev.itss.improve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.check.BandLevel;
import dev.itss.check.Finding;
import dev.itss.check.Findings;
import dev.itss.check.Outcome;
import dev.itss.measure.Evidence;
import dev.itss.model.Bilingual;
import dev.itss.model.Element;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImprovementPlanTest {
    private static final Bilingual TEXT = new Bilingual("t", "t");

    private static ActionTemplate template(String id, Element element, Effort effort, String... moves) {
        return new ActionTemplate(id, element, effort, TEXT, List.of("X-000"), List.of(moves), TEXT, TEXT, TEXT);
    }

    private static Finding finding(String rule, Element element, Severity severity, String subject, String metric, double observed, double expected) {
        return new Finding(rule, element, severity, BandLevel.BREACH, new Subject("post", subject, subject), metric,
                List.of(Evidence.ratio("observed", observed), Evidence.ratio("expected", expected)), List.of(), Outcome.FINDING);
    }

    @Test
    void theFormulaWeighsSeverityBreadthAndEffort() {
        // HIGH 8 + MEDIUM 4 = 12, two elements: x 1.25 = 15, MEDIUM effort: / 2 = 7.5
        assertThat(ImprovementPlan.priority(List.of(Severity.HIGH, Severity.MEDIUM), 2, Effort.MEDIUM)).isEqualTo(7.5);
        assertThat(ImprovementPlan.priority(List.of(Severity.CRITICAL), 1, Effort.LOW)).isEqualTo(16.0);
        assertThat(ImprovementPlan.priority(List.of(Severity.INFO, Severity.LOW), 1, Effort.HIGH)).isEqualTo(1.0);
        assertThat(List.of(Severity.values())).extracting(ImprovementPlan::weight).containsExactly(1, 2, 4, 8, 16);
    }

    @Test
    void mergesTheLinksOfATemplateIntoOneActionAndRanksByPriority() {
        Finding understaffed = finding("PPL-001", Element.PEOPLE, Severity.HIGH, "desk", "people.post_staffing_rate", 0.5, 1.0);
        Finding noBackup = finding("PPL-002", Element.PEOPLE, Severity.MEDIUM, "org", "people.post_backup_rate", 0.2, 0.5);
        Finding lowReuse = finding("RES-003", Element.RESOURCES, Severity.MEDIUM, "kb", "knowledge.use_rate", 0.1, 0.3);
        Findings findings = new Findings(List.of(understaffed, noBackup, lowReuse), List.of());
        List<ActionTemplate> templates = List.of(
                template("A-P-02", Element.PEOPLE, Effort.HIGH, "people.post_staffing_rate"),
                template("A-R-04", Element.RESOURCES, Effort.LOW, "knowledge.use_rate"));
        List<ActionLink> links = List.of(
                new ActionLink("A-P-02", "ACT-002", understaffed),
                new ActionLink("A-P-02", "ACT-002", noBackup),
                new ActionLink("A-R-04", "ACT-008", lowReuse),
                new ActionLink("A-R-04", "ACT-008", understaffed));

        ImprovementPlan plan = ImprovementPlan.build(findings, templates, links);

        assertThat(plan.actions()).extracting(a -> a.template().id()).containsExactly("A-R-04", "A-P-02");
        ImprovementAction knowledge = plan.actions().get(0);
        assertThat(knowledge.rank()).isEqualTo(1);
        assertThat(knowledge.findings()).containsExactly("PPL-001|post:desk", "RES-003|post:kb");
        assertThat(knowledge.elements()).containsExactly(Element.PEOPLE, Element.RESOURCES);
        assertThat(knowledge.severity()).isEqualTo(Severity.HIGH);
        assertThat(knowledge.priority()).isEqualTo(15.0);              // (8 + 4) x 1.25 / 1
        assertThat(knowledge.targets()).singleElement().satisfies(t -> {   // only the metric the template moves
            assertThat(t.metric()).isEqualTo("knowledge.use_rate");
            assertThat(t.observed()).isEqualTo(0.1);
            assertThat(t.target()).isEqualTo(0.3);
        });
        ImprovementAction people = plan.actions().get(1);
        assertThat(people.priority()).isEqualTo(4.0);                  // (8 + 4) / 3
        assertThat(people.ruleIds()).containsExactly("PPL-001", "PPL-002");
    }

    @Test
    void aTemplateTakesEveryFindingOfTheRulesItAddressesWithoutAnyLink() {
        Finding understaffed = finding("PPL-001", Element.PEOPLE, Severity.HIGH, "desk", "people.post_staffing_rate", 0.5, 1.0);
        Finding alsoUnderstaffed = finding("PPL-001", Element.PEOPLE, Severity.MEDIUM, "net", "people.post_staffing_rate", 0.9, 1.0);
        Finding unrelated = finding("RES-003", Element.RESOURCES, Severity.MEDIUM, "kb", "knowledge.use_rate", 0.1, 0.3);
        ActionTemplate staffing = new ActionTemplate("A-P-02", Element.PEOPLE, Effort.HIGH, TEXT, List.of("PPL-001", "PPL-002"),
                List.of("people.post_staffing_rate"), TEXT, TEXT, TEXT);
        ImprovementPlan plan = ImprovementPlan.build(new Findings(List.of(understaffed, alsoUnderstaffed, unrelated), List.of()),
                List.of(staffing), List.of());
        assertThat(plan.actions()).singleElement().satisfies(a -> {
            assertThat(a.findings()).containsExactly("PPL-001|post:desk", "PPL-001|post:net");
            assertThat(a.targets()).hasSize(2);
        });
    }

    @Test
    void ignoresLinksToFindingsThatWereNotReported() {
        Finding reported = finding("PPL-001", Element.PEOPLE, Severity.HIGH, "desk", "people.post_staffing_rate", 0.5, 1.0);
        Finding dropped = finding("PPL-002", Element.PEOPLE, Severity.HIGH, "org", "people.post_backup_rate", 0.2, 0.5);
        ImprovementPlan plan = ImprovementPlan.build(new Findings(List.of(reported), List.of()),
                List.of(template("A-P-02", Element.PEOPLE, Effort.LOW, "people.post_staffing_rate")),
                List.of(new ActionLink("A-P-02", "ACT-002", reported), new ActionLink("A-P-02", "ACT-002", dropped)));
        assertThat(plan.actions().get(0).findings()).containsExactly("PPL-001|post:desk");
    }
}
