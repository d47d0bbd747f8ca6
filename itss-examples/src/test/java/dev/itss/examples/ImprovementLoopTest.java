package dev.itss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.check.Finding;
import dev.itss.check.Outcome;
import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.history.AssessmentDiff;
import dev.itss.history.FindingRef;
import dev.itss.history.History;
import dev.itss.history.ImprovementCycle;
import dev.itss.improve.ImprovementAction;
import dev.itss.improve.PlanTarget;
import dev.itss.improve.TargetStatus;
import dev.itss.improve.Verification;
import dev.itss.model.ServiceSnapshot;
import dev.itss.policy.Policy;
import dev.itss.policy.Waiver;
import dev.itss.policy.WaiverStatus;
import dev.itss.report.JsonReport;
import dev.itss.report.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hospital's three quarters through the whole loop, and waivers on its latest quarter. */
class ImprovementLoopTest {
    private static final AssessmentEngine ENGINE = AssessmentEngine.load();
    private static final ImprovementCycle CYCLE = ImprovementCycle.run(ENGINE, History.read(SampleOrganisation.HOSPITAL.path()), Locale.ENGLISH);

    @Test
    void theHospitalHistoryRunsThreeQuartersWithEveryStatusCausesAndMeasuresThatCarryOn() {
        assertThat(CYCLE.steps()).extracting(ImprovementCycle.Step::name).containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(CYCLE.steps().get(0).verification()).isEmpty();
        Set<TargetStatus> statuses = CYCLE.steps().stream().flatMap(s -> s.verification().stream())
                .flatMap(v -> v.controlTable().stream()).map(r -> r.status()).collect(Collectors.toSet());
        assertThat(statuses).containsExactlyInAnyOrder(TargetStatus.values());
        Verification last = CYCLE.steps().get(2).verification().orElseThrow();
        // every target not met has its cause analysed and a new measure, which the next plan takes
        assertThat(last.causes()).hasSize((int) last.controlTable().stream().filter(r -> r.status() != TargetStatus.MET).count());
        assertThat(CYCLE.nextPlan().carried()).isEqualTo(last.newMeasures());
        assertThat(CYCLE.nextPlan().targets()).filteredOn(t -> t.carriedFrom().isPresent()).isNotEmpty();
        // the edited plan's edits are what the verification reads: the rejected action is a cause
        assertThat(last.causes()).flatExtracting(c -> c.actionsNotDone()).anySatisfy(a -> assertThat(a.action()).isEqualTo("A-R-05"));
    }

    @Test
    void theEditedPlansOfTheHistoryAreWhatTheRulesGenerateToday() {
        // an edited plan is an input: when the rules change, regenerate it (itss plan --previous-plan) and carry the edits over
        for (ImprovementCycle.Step step : CYCLE.steps()) {
            assertThat(step.staleness()).as(step.name()).isEmpty();
        }
        assertThat(CYCLE.steps().subList(0, 2)).allSatisfy(s -> assertThat(s.editedPlan()).isPresent());
    }

    @Test
    void everyTargetOfEveryPlanIsOwnedByExactlyOneActionOfThatPlan() {
        for (ImprovementCycle.Step step : CYCLE.steps()) {
            List<String> ids = step.plan().targets().stream().map(PlanTarget::id).toList();
            assertThat(ids).as(step.name()).doesNotHaveDuplicates();
            Set<String> actions = step.plan().actions().stream().map(ImprovementAction::id).collect(Collectors.toSet());
            assertThat(step.plan().targets()).allSatisfy(t -> assertThat(actions).contains(t.action()));
        }
    }

    @Test
    void aWaiverInForceMarksTheFindingAndTakesItOutOfThePlanAndAnExpiredOneIsReported() {
        ServiceSnapshot q3 = SampleOrganisation.HOSPITAL.snapshot();
        Policy base = ENGINE.defaultPolicy();
        Assessment plain = ENGINE.assess(q3, base, SampleOrganisation.HOSPITAL.records(q3, base));
        Finding target = plain.findings().ofRule("RES-011").get(0);
        Waiver until = new Waiver("RES-011", target.subject().id(), "store moves in October", LocalDate.of(2026, 9, 30));
        Waiver expired = new Waiver("RES-011", target.subject().id(), "store moves in October", LocalDate.of(2026, 9, 29));
        Waiver unused = new Waiver("PPL-001", "no-such-post", "misspelt", LocalDate.of(2026, 12, 31));

        Assessment waived = ENGINE.assess(q3, policy(base, until, unused), SampleOrganisation.HOSPITAL.records(q3, base));
        Finding marked = waived.findings().findings().stream().filter(f -> f.key().equals(target.key())).findFirst().orElseThrow();
        assertThat(marked.outcome()).isEqualTo(Outcome.WAIVED);
        assertThat(waived.openFindings()).doesNotContain(marked);
        assertThat(waived.plan().actions()).noneMatch(a -> a.findings().contains(target.key()));
        assertThat(waived.waivers()).extracting(WaiverStatus::state).containsExactly(WaiverStatus.State.APPLIED, WaiverStatus.State.UNUSED);
        assertThat(waived.waivers().get(0).findings()).containsExactly(target.key());

        Assessment after = ENGINE.assess(q3, policy(base, expired), SampleOrganisation.HOSPITAL.records(q3, base));
        assertThat(after.findings().findings()).filteredOn(f -> f.key().equals(target.key())).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.FINDING));
        assertThat(after.waivers()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(WaiverStatus.State.EXPIRED));
    }

    private static Policy policy(Policy base, Waiver... waivers) {
        return base.overriddenBy(new Policy(java.util.Map.of(), List.of(), Set.of(), java.util.Map.of(), java.util.Optional.empty(), List.of(waivers)));
    }

    @Test
    void theDiffReadBackFromTwoJsonReportsEqualsTheDiffOfTheAssessments(@TempDir Path dir) throws Exception {
        Assessment q2 = CYCLE.steps().get(1).assessment();
        Assessment q3 = CYCLE.steps().get(2).assessment();
        Path a = dir.resolve("q2.json");
        Path b = dir.resolve("q3.json");
        Files.writeString(a, new JsonReport(ENGINE.rules(), Language.EN).render(q2));
        Files.writeString(b, new JsonReport(ENGINE.rules(), Language.EN).render(q3));
        var before = AssessmentDiff.readReport(a);
        var later = AssessmentDiff.readReport(b);
        AssessmentDiff fromJson = AssessmentDiff.of(before.getKey(), before.getValue(), later.getKey(), later.getValue());
        assertThat(fromJson).isEqualTo(AssessmentDiff.of(q2, q3));
        // an independent count: keys of each period as sets
        Set<String> k2 = q2.findings().findings().stream().map(Finding::key).collect(Collectors.toSet());
        Set<String> k3 = q3.findings().findings().stream().map(Finding::key).collect(Collectors.toSet());
        assertThat(fromJson.added()).extracting(FindingRef::key).containsExactlyInAnyOrderElementsOf(k3.stream().filter(k -> !k2.contains(k)).toList());
        assertThat(fromJson.resolved()).extracting(FindingRef::key).containsExactlyInAnyOrderElementsOf(k2.stream().filter(k -> !k3.contains(k)).toList());
    }

    @Test
    void aPolicyProblemOfAHistoryIsPlacedInItsFile(@TempDir Path dir) throws Exception {
        Path period = dir.resolve("2026-Q1");
        Files.createDirectories(period);
        Files.copy(SampleOrganisation.HOSPITAL.path().resolve("history/2026-Q1/snapshot.yaml"), period.resolve("snapshot.yaml"));
        Files.writeString(dir.resolve("policy.yaml"), "disabledRules: [PPL-001]\nseverities: {PPL-999: HIGH}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImprovementCycle.run(ENGINE, History.read(dir), Locale.ENGLISH))
                .isInstanceOfSatisfying(dev.itss.read.InvalidInputException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .singleElement().satisfies(p -> assertThat(p).startsWith(dir.resolve("policy.yaml") + ":2:").contains("unknown rule 'PPL-999'")));
    }
}
