package dev.itss.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.engine.AssessmentEngine;
import dev.itss.engine.spi.Detection;
import dev.itss.engine.spi.RuleEngine;
import dev.itss.measure.Threshold;
import dev.itss.check.BandLevel;
import dev.itss.check.Finding;
import dev.itss.check.Outcome;
import dev.itss.check.RuleCatalog;
import dev.itss.check.RuleDescriptor;
import dev.itss.measure.Evidence;
import dev.itss.measure.Measurement;
import dev.itss.measure.MetricCatalog;
import dev.itss.measure.Measurements;
import dev.itss.model.Element;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import dev.itss.policy.Band;
import dev.itss.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The verifier's verdicts and failure messages, over a one-rule Java engine (no Drools here). */
class RuleVerifierTest {
    private static final String RATE = MetricCatalog.ANSWER_RATE;

    /** X-001 flags an answer rate below the warning bound, with its inputs as evidence. */
    private static final RuleEngine ONE_RULE = new RuleEngine() {
        @Override
        public String name() {
            return "one-rule";
        }

        @Override
        public RuleCatalog catalog() {
            return new RuleCatalog(List.of(new RuleDescriptor("X-001", Element.RESOURCES, Severity.HIGH, List.of("M-R-05"), "L-3", List.of(RATE))),
                    Map.of(Locale.ENGLISH, Map.of()));
        }

        @Override
        public Policy defaultPolicy() {
            return new Policy(Map.of(RATE, new Band(0.95, 0.9, "test")), List.of(), Set.of(), Map.of());
        }

        @Override
        public Detection detect(dev.itss.measure.Facts facts, Set<String> disabledRules) {
            Measurements measurements = facts.figures();
            Threshold band = facts.bands().stream().filter(x -> x.metric().equals(RATE)).findFirst().orElseThrow();
            List<Finding> findings = new ArrayList<>();
            for (Measurement m : measurements.of(RATE)) {
                if (m.available() && band.isOutside(m.value())) {
                    List<Evidence> evidence = new ArrayList<>(List.of(Evidence.ratio("observed", m.value())));
                    evidence.addAll(m.inputs());
                    BandLevel level = band.isBreach(m.value()) ? BandLevel.BREACH : BandLevel.WARNING;
                    long answered = ((Number) m.inputs().get(0).value()).longValue();
                    long offered = ((Number) m.inputs().get(1).value()).longValue();
                    findings.add(new Finding("X-001", Element.RESOURCES, level == BandLevel.BREACH ? Severity.HIGH : Severity.MEDIUM, level,
                            m.subject(), RATE, evidence, List.of("M-R-05"), Outcome.FINDING, new CallsMissed(m.subject(), answered, offered)));
                }
            }
            return new Detection(findings, List.of());
        }
    };

    /** X-001's justification. */
    record CallsMissed(Subject subject, long answered, long offered) implements dev.itss.check.Justification {}

    private static final Subject DESK = new Subject("service-desk", "service-desk", "Service desk");

    private static final RuleVerifier VERIFIER = RuleVerifier.of(AssessmentEngine.using(ONE_RULE));

    private static String desk(int offered, int answered) {
        return "resources:\n  serviceDesk: {callsOffered: " + offered + ", callsAnswered: " + answered
                + ", ticketsLogged: 0, ticketsDispatched: 0, ticketsRedispatched: 0}\n";
    }

    @Test
    void passesWhenTheRuleDoesWhatTheTestSays() {
        VERIFIER.verify("X-001").given(desk(100, 80)).flags(1).about("service-desk")
                .withSeverity(Severity.HIGH).withEvidence("observed", 0.8).withEvidence("answered", 80);
        VERIFIER.verify("X-001").given(desk(100, 99)).flagsNothing();
        VERIFIER.verify("X-001").given("{}").reportsNotAvailableBecause("resources.serviceDesk");
    }

    @Test
    void aWrongCountFailsAndShowsWhatTheRuleFoundAndTheMeasurementsItRead() {
        assertThatThrownBy(() -> VERIFIER.verify("X-001").given(desk(100, 80)).flagsNothing())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected X-001 to flag nothing but it flagged 1")
                .hasMessageContaining("X-001|service-desk:service-desk [HIGH, BREACH] observed=0.8, answered=80")
                .hasMessageContaining("service-desk:service-desk service_desk.answer_rate = 0.8");
        assertThatThrownBy(() -> VERIFIER.verify("X-001").given(desk(100, 99)).flags(1))
                .hasMessageContaining("expected X-001 to flag 1 finding(s) but it flagged 0");
    }

    @Test
    void flagsNothingFailsWhenTheRuleHadNoData() {
        assertThatThrownBy(() -> VERIFIER.verify("X-001").given("{}").flagsNothing())
                .hasMessageContaining("its inputs were not available")
                .hasMessageContaining("no service-desk counts reported");
    }

    @Test
    void wrongEvidenceSubjectOrSeverityFailsWithTheActualValue() {
        assertThatThrownBy(() -> VERIFIER.verify("X-001").given(desk(100, 80)).flags(1).withEvidence("answered", 81))
                .hasMessageContaining("expected evidence 'answered' of X-001|service-desk:service-desk to be 81 but was 80");
        assertThatThrownBy(() -> VERIFIER.verify("X-001").given(desk(100, 80)).flags(1).withEvidence("nope", 1))
                .hasMessageContaining("has no evidence 'nope'; it has [observed, answered, offered, missed]");
        assertThatThrownBy(() -> VERIFIER.verify("X-001").given(desk(100, 80)).flags(1).about("other"))
                .hasMessageContaining("about 'other' but the subjects were [service-desk]");
        assertThatThrownBy(() -> VERIFIER.verify("X-001").given(desk(100, 92)).flags(1).withSeverity(Severity.HIGH))
                .hasMessageContaining("at severity HIGH but it was MEDIUM");
    }

    @Test
    void assertsTypedJustifications() {
        VERIFIER.verify("X-001").given(desk(100, 80)).justifiesWith(new CallsMissed(DESK, 80, 100)).justifiesExactly(new CallsMissed(DESK, 80, 100));
    }

    @Test
    void aWrongJustificationFailsNamingTheComponentsThatDiffer() {
        assertThatThrownBy(() -> VERIFIER.verify("X-001").given(desk(100, 80)).justifiesWith(new CallsMissed(DESK, 81, 100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected X-001 to be justified by:")
                .hasMessageContaining("CallsMissed[subject=Subject[kind=service-desk, id=service-desk, name=Service desk], answered=81, offered=100]")
                .hasMessageContaining("closest differs in answered: 80 (expected 81)")
                .hasMessageContaining("but its justifications were:")
                .hasMessageContaining("answered=80, offered=100]");
        assertThatThrownBy(() -> VERIFIER.verify("X-001").given(desk(100, 99)).justifiesWith(new CallsMissed(DESK, 99, 100)))
                .hasMessageContaining("but its justifications were nothing");
        assertThatThrownBy(() -> VERIFIER.verify("X-001").given(desk(100, 80)).justifiesExactly())
                .hasMessageContaining("expected X-001 to be justified by exactly 0 justification(s), but it also had:")
                .hasMessageContaining("answered=80");
    }

    @Test
    void numbersCompareByValue() {
        VERIFIER.verify("X-001").given(desk(100, 80)).flags(1).withEvidence("answered", 80.0).withEvidence("answered", 80L);
    }

    @Test
    void reportsUnknownRulesAndInvalidInputAsTestFailures() {
        assertThatThrownBy(() -> VERIFIER.verify("NOPE-1"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("no rule 'NOPE-1' in the engine; rules: [X-001]");
        assertThatThrownBy(() -> VERIFIER.verify("X-001").given("resources: {serviceDesk: {callsOffered: -1}}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the given snapshot is invalid")
                .hasMessageContaining("resources.serviceDesk.callsOffered: must be greater than or equal to 0, was -1");
    }

    @Test
    void aPolicyCanBeLaidOverTheDefault() {
        VERIFIER.verify("X-001").withPolicy("bands: {service_desk.answer_rate: {warning: 0.8, breach: 0.7}}")
                .given(desk(100, 80)).flagsNothing();
        assertThat(VERIFIER.engine().rules().rules()).hasSize(1);
    }
}
