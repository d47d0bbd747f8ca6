package dev.itss.improve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.check.BandLevel;
import dev.itss.check.Finding;
import dev.itss.check.Findings;
import dev.itss.check.Outcome;
import dev.itss.measure.Evidence;
import dev.itss.measure.Measurement;
import dev.itss.measure.Measurements;
import dev.itss.measure.MetricCatalog;
import dev.itss.model.Bilingual;
import dev.itss.model.Element;
import dev.itss.model.Organisation;
import dev.itss.model.Period;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImprovementPlanTest {
    private static final Bilingual TEXT = new Bilingual("t", "t");
    static final Period Q3 = new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    static final Organisation ORG = new Organisation("org", "Org");

    static ActionTemplate template(String id, Element element, Effort effort, List<String> addresses, String... moves) {
        return new ActionTemplate(id, element, effort, new Bilingual(id + " owner", id + " 负责人"), addresses, List.of(moves), TEXT, TEXT, TEXT);
    }

    static Finding finding(String rule, Element element, Severity severity, String subject, String metric, double observed, double expected) {
        return new Finding(rule, element, severity, BandLevel.BREACH, new Subject("post", subject, subject), metric,
                List.of(Evidence.ratio("observed", observed), Evidence.ratio("expected", expected)), List.of(), Outcome.FINDING);
    }

    static ImprovementPlan.Context context(ImprovementStrategy strategy, List<NewMeasure> carried, Measurement... measured) {
        return new ImprovementPlan.Context(ORG, Q3, new Measurements(List.of(measured)), MetricCatalog.standard(), strategy, carried, Locale.ENGLISH);
    }

    static ImprovementPlan plan(List<Finding> findings, List<ActionTemplate> templates) {
        return ImprovementPlan.build(new Findings(findings, List.of()), templates, List.of(), context(ImprovementStrategy.none(), List.of()));
    }

    @Test
    void theFormulaWeighsSeverityBreadthAndEffort() {
        // HIGH 8 + MEDIUM 4 = 12, two elements: x 1.25 = 15, MEDIUM effort: / 2 = 7.5
        assertThat(ImprovementPlan.priority(List.of(Severity.HIGH, Severity.MEDIUM), 2, Effort.MEDIUM)).isEqualTo(7.5);
        assertThat(ImprovementPlan.priority(List.of(Severity.CRITICAL), 1, Effort.LOW)).isEqualTo(16.0);
        assertThat(List.of(Severity.values())).extracting(ImprovementPlan::weight).containsExactly(1, 2, 4, 8, 16);
    }

    @Test
    void theActionAnsweringTheOnlyCriticalFindingComesBeforeOneCollectingManyMinorOnes() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {   // 20 MEDIUM findings: priority 80 by the old formula
            findings.add(finding("PRC-001", Element.PROCESS, Severity.MEDIUM, "p" + i, "process.required_coverage", 0.5, 1.0));
        }
        findings.add(finding("TEC-001", Element.TECHNOLOGY, Severity.CRITICAL, "his", "technology.sop_coverage", 0.0, 0.8));
        findings.add(finding("PPL-001", Element.PEOPLE, Severity.HIGH, "desk", "people.post_staffing_rate", 0.5, 1.0));
        findings.add(finding("PPL-001", Element.PEOPLE, Severity.HIGH, "net", "people.post_staffing_rate", 0.5, 1.0));
        findings.add(finding("RES-001", Element.RESOURCES, Severity.HIGH, "kb", "knowledge.use_rate", 0.1, 0.3));
        ImprovementPlan plan = plan(findings, List.of(
                template("A-S-01", Element.PROCESS, Effort.LOW, List.of("PRC-001")),
                template("A-T-03", Element.TECHNOLOGY, Effort.HIGH, List.of("TEC-001")),
                template("A-R-04", Element.RESOURCES, Effort.LOW, List.of("RES-001")),
                template("A-P-02", Element.PEOPLE, Effort.HIGH, List.of("PPL-001"))));

        assertThat(plan.actions()).extracting(ImprovementAction::id)
                // CRITICAL first; among HIGH, two HIGH findings before one; the catch-all of twenty MEDIUM last
                .containsExactly("A-T-03", "A-P-02", "A-R-04", "A-S-01");
        assertThat(plan.actions()).extracting(ImprovementAction::rank).containsExactly(1, 2, 3, 4);
        assertThat(plan.actions().get(3).priority()).isGreaterThan(plan.actions().get(0).priority());   // the old formula would rank it first
    }

    @Test
    void eachTargetIsOwnedByExactlyOneActionTheBestRankedAndTheOthersContribute() {
        Finding turnover = finding("PPL-007", Element.PEOPLE, Severity.HIGH, "org", "people.turnover_rate", 0.72, 0.15);
        Finding smart = finding("PPL-008", Element.PEOPLE, Severity.MEDIUM, "org", "people.smart_objective_rate", 0.2, 0.8);
        ImprovementPlan plan = plan(List.of(turnover, smart), List.of(
                template("A-P-02", Element.PEOPLE, Effort.HIGH, List.of("PPL-007"), "people.turnover_rate"),
                template("A-P-04", Element.PEOPLE, Effort.LOW, List.of("PPL-007", "PPL-008"), "people.turnover_rate", "people.smart_objective_rate")));

        // A-P-04 answers HIGH and MEDIUM, A-P-02 the HIGH only: same severity and count, A-P-04 scores more
        assertThat(plan.actions()).extracting(ImprovementAction::id).containsExactly("A-P-04", "A-P-02");
        assertThat(plan.targets()).extracting(PlanTarget::id).containsExactly("people.smart_objective_rate@post:org", "people.turnover_rate@post:org");
        PlanTarget turnoverTarget = plan.targets().get(1);
        assertThat(turnoverTarget.action()).isEqualTo("A-P-04");
        assertThat(turnoverTarget.contributors()).containsExactly("A-P-02");
        assertThat(plan.targets()).extracting(PlanTarget::id).doesNotHaveDuplicates();
        assertThat(plan.targetsOf("A-P-02")).isEmpty();
    }

    @Test
    void aHighEffortTargetGetsAnIntermediateStageForTheNextPeriodAndTheFinalOneAPeriodLater() {
        Finding turnover = finding("PPL-007", Element.PEOPLE, Severity.HIGH, "org", "people.turnover_rate", 0.72, 0.15);
        Finding reuse = finding("RES-003", Element.RESOURCES, Severity.MEDIUM, "kb", "knowledge.use_rate", 0.1, 0.3);
        ImprovementPlan plan = plan(List.of(turnover, reuse), List.of(
                template("A-P-02", Element.PEOPLE, Effort.HIGH, List.of("PPL-007"), "people.turnover_rate"),
                template("A-R-04", Element.RESOURCES, Effort.MEDIUM, List.of("RES-003"), "knowledge.use_rate")));

        assertThat(plan.nextPeriod()).isEqualTo(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        PlanTarget high = plan.targetsOf("A-P-02").get(0);
        assertThat(high.baseline()).isEqualTo(0.72);
        assertThat(high.stages()).containsExactly(
                new TargetStage(0.435, LocalDate.of(2026, 12, 31), false),    // halfway, by the next quarter
                new TargetStage(0.15, LocalDate.of(2027, 3, 31), true));      // the bound, a quarter later
        assertThat(plan.targetsOf("A-R-04").get(0).stages()).containsExactly(new TargetStage(0.3, LocalDate.of(2026, 12, 31), true));
        assertThat(plan.action("A-P-02").orElseThrow().due()).contains(LocalDate.of(2027, 3, 31));
        assertThat(plan.milestones()).extracting(Milestone::date, Milestone::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 31), Milestone.Kind.INTERMEDIATE_TARGETS),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 31), Milestone.Kind.FINAL_TARGETS),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 31), Milestone.Kind.VERIFICATION),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 3, 31), Milestone.Kind.FINAL_TARGETS));
    }

    @Test
    void aStrategyGoalSetsTheFinalLevelAndDateAndAddsTargetsNoFindingNames() {
        Finding reuse = finding("RES-003", Element.RESOURCES, Severity.MEDIUM, "kb", "knowledge.use_rate", 0.1, 0.3);
        ImprovementStrategy strategy = new ImprovementStrategy(Optional.of("Keep the wards working."), Optional.of("IT director"),
                List.of(new ImprovementStrategy.StrategyStakeholder("Ward nurses", Raci.CONSULTED)),
                List.of(new ImprovementStrategy.Goal("G-1", "Half of the fixes reuse an article", "repeat incidents cost the wards",
                                "knowledge.use_rate", Optional.empty(), 0.5, Optional.of(LocalDate.of(2027, 6, 30))),
                        new ImprovementStrategy.Goal("G-2", "Every post staffed", "the desk misses calls",
                                "people.post_staffing_rate", Optional.of("desk"), 1.0, Optional.empty())));
        Measurement desk = Measurement.of("people.post_staffing_rate", new Subject("post", "desk", "Desk"), 0.9);
        ImprovementPlan plan = ImprovementPlan.build(new Findings(List.of(reuse), List.of()), List.of(
                template("A-R-04", Element.RESOURCES, Effort.LOW, List.of("RES-003"), "knowledge.use_rate"),
                template("A-P-02", Element.PEOPLE, Effort.HIGH, List.of("PPL-001"), "people.post_staffing_rate")),
                List.of(), context(strategy, List.of(), desk));

        PlanTarget reuseTarget = plan.targetsOf("A-R-04").get(0);
        assertThat(reuseTarget.goal()).contains("G-1");
        assertThat(reuseTarget.finalStage()).isEqualTo(new TargetStage(0.5, LocalDate.of(2027, 6, 30), true));
        assertThat(reuseTarget.stages()).hasSize(2);   // a goal due after the next period gets a halfway stage
        PlanTarget staffing = plan.targetsOf("A-P-02").get(0);   // no finding: measured 0.9 short of the goal's 1.0
        assertThat(staffing.goal()).contains("G-2");
        assertThat(staffing.baseline()).isEqualTo(0.9);
        assertThat(plan.action("A-P-02").orElseThrow().findings()).isEmpty();
        assertThat(plan.statement()).contains("Keep the wards working.");
        assertThat(plan.stakeholders()).extracting(Stakeholder::name, Stakeholder::duty).contains(
                org.assertj.core.groups.Tuple.tuple("A-R-04 owner", Raci.RESPONSIBLE),
                org.assertj.core.groups.Tuple.tuple("IT director", Raci.ACCOUNTABLE),
                org.assertj.core.groups.Tuple.tuple("Ward nurses", Raci.CONSULTED),
                org.assertj.core.groups.Tuple.tuple("Quality-management department", Raci.INFORMED));
    }

    @Test
    void waivedFindingsTakeNoPartInThePlan() {
        Finding waived = finding("PPL-001", Element.PEOPLE, Severity.CRITICAL, "desk", "people.post_staffing_rate", 0.5, 1.0).withOutcome(Outcome.WAIVED);
        Finding open = finding("RES-003", Element.RESOURCES, Severity.LOW, "kb", "knowledge.use_rate", 0.1, 0.3);
        ImprovementPlan plan = plan(List.of(waived, open), List.of(
                template("A-P-02", Element.PEOPLE, Effort.HIGH, List.of("PPL-001"), "people.post_staffing_rate"),
                template("A-R-04", Element.RESOURCES, Effort.LOW, List.of("RES-003"), "knowledge.use_rate")));
        assertThat(plan.actions()).extracting(ImprovementAction::id).containsExactly("A-R-04");
    }

    @Test
    void aCarriedMeasureKeepsItsTargetInTheNextPlanEvenWithoutAFinding() {
        NewMeasure carried = new NewMeasure("knowledge.use_rate@post:kb", "A-R-04", NewMeasure.Kind.CONTINUE, "knowledge.use_rate",
                new Subject("post", "kb", "kb"), dev.itss.measure.Direction.HIGHER_IS_BETTER, dev.itss.measure.Unit.RATIO, 0.2,
                List.of(new TargetStage(0.3, LocalDate.of(2026, 12, 31), true)), "2026-07-01/2026-09-30");
        ImprovementPlan plan = ImprovementPlan.build(new Findings(List.of(), List.of()),
                List.of(template("A-R-04", Element.RESOURCES, Effort.LOW, List.of("RES-003"), "knowledge.use_rate")), List.of(),
                context(ImprovementStrategy.none(), List.of(carried)));
        assertThat(plan.actions()).extracting(ImprovementAction::id).containsExactly("A-R-04");
        assertThat(plan.targets()).singleElement().satisfies(t -> {
            assertThat(t.carriedFrom()).contains("2026-07-01/2026-09-30");
            assertThat(t.baseline()).isEqualTo(0.2);
        });
        assertThat(plan.carried()).containsExactly(carried);
    }

    @Test
    void ignoresLinksToFindingsThatWereNotReported() {
        Finding reported = finding("PPL-001", Element.PEOPLE, Severity.HIGH, "desk", "people.post_staffing_rate", 0.5, 1.0);
        Finding dropped = finding("PPL-002", Element.PEOPLE, Severity.HIGH, "org", "people.post_backup_rate", 0.2, 0.5);
        ImprovementPlan plan = ImprovementPlan.build(new Findings(List.of(reported), List.of()),
                List.of(template("A-P-02", Element.PEOPLE, Effort.LOW, List.of("X-000"), "people.post_staffing_rate")),
                List.of(new ActionLink("A-P-02", "ACT-002", reported), new ActionLink("A-P-02", "ACT-002", dropped)),
                context(ImprovementStrategy.none(), List.of()));
        assertThat(plan.actions().get(0).findings()).containsExactly("PPL-001|post:desk");
    }

    @Test
    void theNextPeriodHasTheLengthOfThisOne() {
        assertThat(ImprovementPlan.periodAfter(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))))
                .isEqualTo(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(ImprovementPlan.periodAfter(new Period(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 18))))
                .isEqualTo(new Period(LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 1)));
    }
}
