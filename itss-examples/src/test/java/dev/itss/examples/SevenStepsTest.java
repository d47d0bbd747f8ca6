package dev.itss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.check.BandLevel;
import dev.itss.engine.AssessmentEngine;
import dev.itss.history.History;
import dev.itss.history.ImprovementCycle;
import dev.itss.history.SevenSteps;
import dev.itss.improve.ImprovementStrategy;
import dev.itss.measure.Direction;
import dev.itss.model.ServiceSnapshot;
import dev.itss.policy.Band;
import dev.itss.policy.Policy;
import dev.itss.report.JsonOutput;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seven steps on the hospital's third quarter, after its first two. */
class SevenStepsTest {
    private static final AssessmentEngine ENGINE = AssessmentEngine.load();

    @Test
    void eachStepHasItsOwnOutputAndTheyFollowOneAnother() {
        ImprovementCycle earlier = ImprovementCycle.run(ENGINE, History.read(SampleOrganisation.HOSPITAL.path().resolve("history")), Locale.ENGLISH);
        ServiceSnapshot q3 = SampleOrganisation.HOSPITAL.snapshot();
        Policy policy = ENGINE.defaultPolicy();
        ImprovementStrategy strategy = new ImprovementStrategy(Optional.of("Keep the wards working."), Optional.empty(), List.of(),
                List.of(new ImprovementStrategy.Goal("G-1", "Every call answered", "wards call when HIS stops", "service_desk.answer_rate",
                        Optional.empty(), 0.98, Optional.empty())));
        SevenSteps steps = SevenSteps.run(ENGINE, new SevenSteps.Inputs(strategy, q3, policy, SampleOrganisation.HOSPITAL.records(q3, policy),
                Optional.of(earlier.steps().get(1).plan()), earlier.steps().stream().map(ImprovementCycle.Step::assessment).toList(), Locale.ENGLISH));

        // S-2: one indicator per banded metric, the goal on its metric; gaps are the metrics the quarter has no value for
        assertThat(steps.framework().indicators()).hasSize(policy.bands().size());
        assertThat(steps.framework().indicators()).filteredOn(i -> i.metric().equals("service_desk.answer_rate"))
                .singleElement().satisfies(i -> assertThat(i.goal()).contains("G-1"));
        assertThat(steps.framework().gaps()).isNotEmpty().allSatisfy(g -> assertThat(g.reason()).isNotBlank());
        // S-3: the sample ships every kind of record
        assertThat(steps.data().sources()).containsEntry("snapshot", true).containsEntry("tickets", true).containsEntry("timesheets", true);
        // S-4: each level recomputed from the policy's band and the metric's direction
        assertThat(steps.processed().values()).isNotEmpty().allSatisfy(c -> {
            Band band = policy.band(c.metric()).orElseThrow();
            Direction direction = ENGINE.metrics().require(c.metric()).direction();
            Optional<BandLevel> expected = direction.isWorse(c.value(), band.breach()) ? Optional.of(BandLevel.BREACH)
                    : direction.isWorse(c.value(), band.warning()) ? Optional.of(BandLevel.WARNING) : Optional.empty();
            assertThat(c.level()).as(c.metric() + " of " + c.subject().key() + " = " + c.value()).isEqualTo(expected);
        });
        // S-5: the movement since Q2 and the trends over the three quarters
        assertThat(steps.analysis().sincePrevious()).hasValueSatisfying(d -> assertThat(d.before()).isEqualTo(earlier.steps().get(1).assessment().period()));
        assertThat(steps.analysis().findings()).hasSize(steps.assessment().openFindings().size());
        // S-6 shows the plan's first actions; S-7 is the plan fed by the verification of Q2's plan
        assertThat(steps.presentation().firstActions()).isEqualTo(steps.improvement().plan().actions().subList(0, SevenSteps.FIRST_ACTIONS));
        assertThat(steps.improvement().previousVerified()).isPresent();
        assertThat(steps.improvement().plan().carried()).isEqualTo(steps.improvement().previousVerified().orElseThrow().newMeasures());
        assertThat(steps.improvement().plan().goals()).containsExactlyElementsOf(strategy.goals());

        String json = JsonOutput.of("steps", SevenSteps.SCHEMA_VERSION, steps);
        assertThat(json).contains("\"strategy\"", "\"framework\"", "\"data\"", "\"processed\"", "\"analysis\"", "\"presentation\"", "\"improvement\"")
                .doesNotContain("\"assessment\"");
    }
}
