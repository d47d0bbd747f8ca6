package dev.itss.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.engine.spi.Detection;
import dev.itss.engine.spi.RuleEngine;
import dev.itss.measure.Threshold;
import dev.itss.check.BandLevel;
import dev.itss.check.Finding;
import dev.itss.check.Outcome;
import dev.itss.check.RuleCatalog;
import dev.itss.check.RuleDescriptor;
import dev.itss.read.DocumentFormat;
import dev.itss.read.InvalidInputException;
import dev.itss.measure.Measurement;
import dev.itss.measure.MetricCatalog;
import dev.itss.measure.Measurements;
import dev.itss.model.Element;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.Severity;
import dev.itss.model.SnapshotReader;
import dev.itss.policy.Band;
import dev.itss.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine-neutral pipeline, over a tiny Java rule engine standing in for Drools. */
class AssessmentEngineTest {
    private static final String RATE = MetricCatalog.ANSWER_RATE;

    /** Flags the answer rate below the warning bound, like RES-001. */
    private static final class FakeEngine implements RuleEngine {
        final List<Set<String>> disabledSeen = new ArrayList<>();

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public RuleCatalog catalog() {
            return new RuleCatalog(List.of(new RuleDescriptor("T-1", Element.RESOURCES, Severity.HIGH, List.of("M-R-05"), "L-3", List.of(RATE))),
                    Map.of(Locale.ENGLISH, Map.of()));
        }

        @Override
        public Policy defaultPolicy() {
            return new Policy(Map.of(RATE, new Band(0.95, 0.9, "test")), List.of(), Set.of(), Map.of());
        }

        @Override
        public Detection detect(dev.itss.measure.Facts facts, Set<String> disabledRules) {
            disabledSeen.add(disabledRules);
            Measurements measurements = facts.figures();
            List<Finding> findings = new ArrayList<>();
            Threshold t = facts.bands().stream().filter(x -> x.metric().equals(RATE)).findFirst().orElseThrow();
            for (Measurement m : measurements.of(RATE)) {
                if (m.available() && t.isOutside(m.value()) && !disabledRules.contains("T-1")) {
                    BandLevel level = t.isBreach(m.value()) ? BandLevel.BREACH : BandLevel.WARNING;
                    findings.add(new Finding("T-1", Element.RESOURCES, level == BandLevel.BREACH ? Severity.HIGH : Severity.MEDIUM, level,
                            m.subject(), RATE, List.of(), List.of("M-R-05"), Outcome.FINDING));
                }
            }
            return new Detection(findings, List.of());
        }
    }

    private static ServiceSnapshot desk(int offered, int answered) {
        String yaml = "organisation: {id: o, name: O}\nperiod: {start: 2026-01-01, end: 2026-01-31}\n"
                + (offered < 0 ? "" : "resources:\n  serviceDesk: {callsOffered: " + offered + ", callsAnswered: " + answered
                + ", ticketsLogged: 0, ticketsDispatched: 0, ticketsRedispatched: 0}\n");
        return SnapshotReader.standard().read("t.yaml", yaml, DocumentFormat.YAML);
    }

    @Test
    void runsValidateMeasureDetectAndReportsMissingInputsAsNotAvailable() {
        AssessmentEngine engine = AssessmentEngine.using(new FakeEngine());
        assertThat(engine.assess(desk(100, 80)).findings().findings()).extracting(Finding::ruleId).containsExactly("T-1");
        Assessment missing = engine.assess(desk(-1, 0));
        assertThat(missing.findings().findings()).isEmpty();
        assertThat(missing.findings().notAvailable()).singleElement()
                .satisfies(n -> {
                    assertThat(n.ruleId()).isEqualTo("T-1");
                    assertThat(n.reason()).contains("resources.serviceDesk");
                    assertThat(n.outcome()).isEqualTo(Outcome.NOT_AVAILABLE);
                });
    }

    @Test
    void aSeverityOverrideSetsTheBreachSeverityAndAWarningStaysOneStepBelow() {
        AssessmentEngine engine = AssessmentEngine.using(new FakeEngine());
        Policy policy = engine.defaultPolicy().overriddenBy(new Policy(Map.of(), List.of(), Set.of(), Map.of("T-1", Severity.CRITICAL)));
        assertThat(engine.assess(desk(100, 80), policy).findings().findings().get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(engine.assess(desk(100, 92), policy).findings().findings().get(0).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void aDisabledRuleIsPassedToTheEngineAndReportsNothing() {
        FakeEngine fake = new FakeEngine();
        AssessmentEngine engine = AssessmentEngine.using(fake);
        Policy policy = engine.defaultPolicy().overriddenBy(new Policy(Map.of(), List.of(), Set.of("T-1"), Map.of()));
        Assessment assessment = engine.assess(desk(-1, 0), policy);
        assertThat(assessment.findings().notAvailable()).isEmpty();
        assertThat(fake.disabledSeen).last().isEqualTo(Set.of("T-1"));
    }

    @Test
    void rejectsAPolicyThatDoesNotFitTheCatalogues() {
        AssessmentEngine engine = AssessmentEngine.using(new FakeEngine());
        Policy bad = new Policy(Map.of("no.such.metric", new Band(1.0, 2.0, ""), RATE, new Band(0.8, 0.9, "")),
                List.of(), Set.of("NOPE-1"), Map.of("NOPE-2", Severity.LOW));
        assertThatThrownBy(() -> engine.assess(desk(100, 80), bad))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bands.no.such.metric: unknown metric 'no.such.metric'")
                .hasMessageContaining("bands." + RATE + ": breach 0.9 must lie beyond warning 0.8 (higher is better)")
                .hasMessageContaining("disabledRules: unknown rule 'NOPE-1'")
                .hasMessageContaining("severities.NOPE-2: unknown rule 'NOPE-2'");
        Policy noBand = new Policy(Map.of(), List.of(), Set.of(), Map.of());
        assertThatThrownBy(() -> engine.assess(desk(100, 80), noBand))
                .hasMessageContaining("bands." + RATE + ": missing: rule T-1 compares this metric; give it a band or disable the rule");
    }

    @Test
    void rejectsAnInvalidSnapshotBuiltInJava() {
        AssessmentEngine engine = AssessmentEngine.using(new FakeEngine());
        ServiceSnapshot invalid = new ServiceSnapshot(null, null, null, null, null, null, null);
        assertThatThrownBy(() -> engine.assess(invalid))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("organisation: is required");
    }

    @Test
    void loadFailsWithAClearMessageWhenNoRuleEngineIsOnTheClasspath() {
        assertThatThrownBy(AssessmentEngine::load)
                .isInstanceOf(NoRuleEngineException.class)
                .hasMessageContaining("dev.itss:itss-rules");
    }
}
