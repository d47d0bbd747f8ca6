package dev.itss.improve;

import static dev.itss.improve.ImprovementPlanTest.finding;
import static dev.itss.improve.ImprovementPlanTest.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.check.Finding;
import dev.itss.check.Findings;
import dev.itss.measure.Measurement;
import dev.itss.measure.Measurements;
import dev.itss.model.Element;
import dev.itss.model.Period;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import dev.itss.read.DocumentFormat;
import dev.itss.read.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationTest {
    private static final Period Q4 = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    private static final Finding STAFFING = finding("PPL-001", Element.PEOPLE, Severity.HIGH, "desk", "people.post_staffing_rate", 0.5, 1.0);
    private static final Finding REUSE = finding("RES-003", Element.RESOURCES, Severity.MEDIUM, "kb", "knowledge.use_rate", 0.1, 0.3);
    private static final Finding SMART = finding("PPL-008", Element.PEOPLE, Severity.MEDIUM, "org", "people.smart_objective_rate", 0.2, 0.8);
    private static final Finding SOP = finding("TEC-001", Element.TECHNOLOGY, Severity.LOW, "his", "technology.sop_coverage", 0.4, 0.8);

    /** Four targets: staffing (HIGH effort, two stages), reuse, SMART objectives, SOP coverage. */
    private static ImprovementPlan plan() {
        return ImprovementPlanTest.plan(List.of(STAFFING, REUSE, SMART, SOP), List.of(
                template("A-P-02", Element.PEOPLE, Effort.HIGH, List.of("PPL-001"), "people.post_staffing_rate"),
                template("A-R-04", Element.RESOURCES, Effort.LOW, List.of("RES-003"), "knowledge.use_rate"),
                template("A-P-04", Element.PEOPLE, Effort.LOW, List.of("PPL-008"), "people.smart_objective_rate"),
                template("A-T-03", Element.TECHNOLOGY, Effort.MEDIUM, List.of("TEC-001"), "technology.sop_coverage")));
    }

    /** The plan as people edited it: A-R-04 done, A-P-04 rejected, the others in progress. */
    private static ImprovementPlan edited(ImprovementPlan plan) {
        return new ImprovementPlan(plan.schemaVersion(), plan.organisation(), plan.period(), plan.nextPeriod(), plan.statement(), plan.accountable(),
                plan.goals(), plan.currency(), plan.actions().stream().map(a -> switch (a.id()) {
                    case "A-R-04" -> with(a, Decision.ACCEPTED, ImplementationStatus.DONE, List.of("article template published 2026-10-12"));
                    case "A-P-04" -> with(a, Decision.REJECTED, ImplementationStatus.NOT_STARTED, List.of());
                    default -> with(a, Decision.ACCEPTED, ImplementationStatus.IN_PROGRESS, List.of());
                }).toList(), plan.targets(), plan.stakeholders(), plan.milestones(), plan.carried());
    }

    private static ImprovementAction with(ImprovementAction a, Decision decision, ImplementationStatus status, List<String> evidence) {
        return new ImprovementAction(a.id(), a.rank(), a.element(), a.effort(), a.title(), a.description(), a.ownerRole(), a.targetRule(), a.severity(),
                a.findings(), a.ruleIds(), a.elements(), a.priority(), Optional.of("Wang Qiang"), decision, a.due(), Optional.of(12000.0), status, evidence);
    }

    private static Measurement m(String metric, String subject, double value) {
        return Measurement.of(metric, new Subject("post", subject, subject), value);
    }

    @Test
    void eachStatusOfTheControlTableWithItsCauseAndNewMeasure() {
        ImprovementPlan plan = edited(plan());
        Finding reuseStill = finding("RES-003", Element.RESOURCES, Severity.MEDIUM, "kb", "knowledge.use_rate", 0.2, 0.3);
        Finding smartWorse = finding("PPL-008", Element.PEOPLE, Severity.HIGH, "org", "people.smart_objective_rate", 0.1, 0.8);
        Verification v = Verification.of(plan, Q4, new Measurements(List.of(
                        m("people.post_staffing_rate", "desk", 0.8),        // intermediate stage 0.75 reached
                        m("knowledge.use_rate", "kb", 0.2),                  // better than 0.1, short of 0.3
                        m("people.smart_objective_rate", "org", 0.1),        // worse than the baseline
                        Measurement.notAvailable("technology.sop_coverage", new Subject("post", "his", "his"), "no SOPs reported (technology.sops)"))),
                new Findings(List.of(reuseStill, smartWorse), List.of()));

        Map<String, ControlRow> rows = new java.util.HashMap<>();
        v.controlTable().forEach(r -> rows.put(r.action(), r));
        assertThat(rows.get("A-P-02").status()).isEqualTo(TargetStatus.MET);
        assertThat(rows.get("A-P-02").finalStage()).isFalse();
        assertThat(rows.get("A-P-02").targetValue()).isEqualTo(0.75);
        assertThat(rows.get("A-R-04").status()).isEqualTo(TargetStatus.PARTIALLY_MET);
        assertThat(rows.get("A-R-04").stillOpen()).containsExactly("RES-003|post:kb");
        assertThat(rows.get("A-R-04").actionEvidence()).containsExactly("article template published 2026-10-12");
        assertThat(rows.get("A-P-04").status()).isEqualTo(TargetStatus.NOT_MET);
        assertThat(rows.get("A-T-03").status()).isEqualTo(TargetStatus.NOT_MEASURABLE);
        assertThat(rows.get("A-T-03").actual()).isEmpty();
        assertThat(rows.get("A-T-03").unavailableReason()).isEqualTo("no SOPs reported (technology.sops)");
        assertThat(rows.get("A-P-02").unavailableReason()).isEmpty();
        assertThat(rows.get("A-P-02").ownerIn(java.util.Locale.ENGLISH)).isEqualTo("Wang Qiang");
        assertThat(v.summary()).containsEntry(TargetStatus.MET, 1L).containsEntry(TargetStatus.PARTIALLY_MET, 1L)
                .containsEntry(TargetStatus.NOT_MET, 1L).containsEntry(TargetStatus.NOT_MEASURABLE, 1L);

        assertThat(v.causes()).extracting(CauseAnalysis::target).containsExactlyInAnyOrder(
                "knowledge.use_rate@post:kb", "people.smart_objective_rate@post:org", "technology.sop_coverage@post:his");
        CauseAnalysis smart = v.causes().stream().filter(c -> c.target().startsWith("people.smart")).findFirst().orElseThrow();
        assertThat(smart.persistingFindings()).containsExactly("PPL-008|post:org");
        assertThat(smart.wrongWay()).singleElement().satisfies(move -> assertThat(move.actual()).isEqualTo(0.1));
        assertThat(smart.actionsNotDone()).containsExactly(new CauseAnalysis.ActionState("A-P-04", Decision.REJECTED, ImplementationStatus.NOT_STARTED));
        CauseAnalysis sop = v.causes().stream().filter(c -> c.target().startsWith("technology")).findFirst().orElseThrow();
        assertThat(sop.unavailableReason()).isEqualTo("no SOPs reported (technology.sops)");

        Map<String, NewMeasure> measures = new java.util.HashMap<>();
        v.newMeasures().forEach(n -> measures.put(n.action(), n));
        assertThat(measures.get("A-P-02").kind()).isEqualTo(NewMeasure.Kind.CONTINUE);          // the final stage is still ahead
        assertThat(measures.get("A-P-02").stages()).containsExactly(new TargetStage(1.0, LocalDate.of(2027, 3, 31), true));
        assertThat(measures.get("A-P-02").baseline()).isEqualTo(0.8);
        assertThat(measures.get("A-R-04").kind()).isEqualTo(NewMeasure.Kind.ESCALATE);          // done, still short
        assertThat(measures.get("A-R-04").stages()).containsExactly(new TargetStage(0.3, LocalDate.of(2027, 3, 31), true));
        assertThat(measures.get("A-P-04").kind()).isEqualTo(NewMeasure.Kind.RECONSIDER);
        assertThat(measures.get("A-T-03").kind()).isEqualTo(NewMeasure.Kind.MEASURE);
    }

    @Test
    void aFinalTargetReachedNeedsNoNewMeasure() {
        ImprovementPlan plan = ImprovementPlanTest.plan(List.of(REUSE), List.of(
                template("A-R-04", Element.RESOURCES, Effort.LOW, List.of("RES-003"), "knowledge.use_rate")));
        Verification v = Verification.of(plan, Q4, new Measurements(List.of(m("knowledge.use_rate", "kb", 0.3))), new Findings(List.of(), List.of()));
        assertThat(v.controlTable()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(TargetStatus.MET));
        assertThat(v.causes()).isEmpty();
        assertThat(v.newMeasures()).isEmpty();
    }

    @Test
    void refusesToVerifyAgainstAPeriodThatIsNotLater() {
        ImprovementPlan plan = plan();
        assertThatThrownBy(() -> Verification.of(plan, ImprovementPlanTest.Q3, new Measurements(List.of()), new Findings(List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must come after the plan's period, which ends 2026-09-30");
    }

    @Test
    void statusLabelsInBothLanguages() {
        assertThat(List.of(TargetStatus.values())).extracting(s -> s.label(java.util.Locale.ENGLISH))
                .containsExactly("met", "partly met", "not met", "not measurable");
        assertThat(List.of(TargetStatus.values())).extracting(s -> s.label(java.util.Locale.SIMPLIFIED_CHINESE))
                .containsExactly("已达成", "部分达成", "未达成", "无法衡量");
    }

    @Test
    void thePlanFileRoundTripsAndItsEditsAreReadBack() {
        ImprovementPlan plan = edited(plan());
        String yaml = PlanFile.toYaml(plan);
        assertThat(yaml).startsWith("# Improvement plan (ITSS I-1)").contains("schemaVersion: 1");
        assertThat(PlanFile.read("plan.yaml", yaml, DocumentFormat.YAML)).isEqualTo(plan);
    }

    @Test
    void aBadEditIsReportedWithLineAndPath() {
        String yaml = PlanFile.toYaml(edited(plan()))
                .replaceFirst("status: \"IN_PROGRESS\"", "status: \"DONE\"")          // DONE without evidence
                .replaceFirst("action: \"A-R-04\"", "action: \"A-R-09\"");            // a target owned by no action
        assertThatThrownBy(() -> PlanFile.read("plan.yaml", yaml, DocumentFormat.YAML))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Object::toString).anySatisfy(p ->
                        assertThat(p).matches("plan\\.yaml:\\d+:\\d+: actions\\[\\d]\\.evidence: action A-P-0\\d is DONE without evidence.*"))
                        .anySatisfy(p -> assertThat(p).matches("plan\\.yaml:\\d+:\\d+: targets\\[\\d]\\.action: no action A-R-09 in the plan; expected one of .*")));
    }
}
