package dev.itss.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.measure.Measurement;
import dev.itss.measure.Measurements;
import dev.itss.model.Element;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    private static final RuleCatalog RULES = new RuleCatalog(List.of(
            new RuleDescriptor("P-1", Element.PEOPLE, Severity.HIGH, List.of("P-P-01"), "L-3", List.of("m.people")),
            new RuleDescriptor("R-1", Element.RESOURCES, Severity.HIGH, List.of("P-R-01"), "L-3", List.of("m.resources")),
            new RuleDescriptor("T-1", Element.TECHNOLOGY, Severity.HIGH, List.of("P-T-01"), "L-3", List.of("m.technology"))),
            Map.of(Locale.ENGLISH, Map.of()));

    private static Measurements measurements(String metric, int available, int missing) {
        List<Measurement> all = new ArrayList<>();
        for (int i = 0; i < available; i++) {
            all.add(Measurement.of(metric, new Subject("x", "s" + i, "s" + i), 1.0));
        }
        for (int i = 0; i < missing; i++) {
            all.add(Measurement.notAvailable(metric, new Subject("x", "n" + i, "n" + i), "absent"));
        }
        return new Measurements(all);
    }

    private static dev.itss.measure.Facts facts(Measurements figures) {
        return dev.itss.measure.Facts.ofFigures(new Subject("organisation", "o", "O"),
                new dev.itss.model.Period(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 31)), figures, List.of());
    }

    private static Finding finding(String rule, Element element, Severity severity, String subject) {
        return new Finding(rule, element, severity, BandLevel.BREACH, new Subject("x", subject, subject), "m", List.of(), List.of(), Outcome.FINDING);
    }

    @Test
    void scoresEachElementByItsFindingsAgainstItsChecks() {
        List<Measurement> all = new ArrayList<>(measurements("m.people", 5, 2).all());
        all.addAll(measurements("m.resources", 2, 0).all());
        Findings findings = new Findings(List.of(
                finding("P-1", Element.PEOPLE, Severity.HIGH, "s0"),
                finding("P-1", Element.PEOPLE, Severity.LOW, "s1"),
                finding("R-1", Element.RESOURCES, Severity.CRITICAL, "s0"),
                finding("R-1", Element.RESOURCES, Severity.CRITICAL, "s1")), List.of());

        Scorecard card = Scorecard.of(findings, facts(new Measurements(all)), RULES, Set.of());

        // people: 5 checks (the 2 missing measurements are not checks), 8 + 2 points: 100 x (1 - 10/20) = 50
        assertThat(card.of(Element.PEOPLE)).hasValueSatisfying(s -> {
            assertThat(s.checks()).isEqualTo(5);
            assertThat(s.points()).isEqualTo(10);
            assertThat(s.score()).isEqualTo(50.0);
        });
        // resources: 32 points over 2 checks falls below zero: clamped
        assertThat(card.of(Element.RESOURCES)).hasValueSatisfying(s -> assertThat(s.score()).isEqualTo(0.0));
        // technology had no checks: no score, and no weight in the overall score
        assertThat(card.of(Element.TECHNOLOGY)).isEmpty();
        assertThat(card.overall()).contains(25.0);
    }

    @Test
    void anElementWithChecksAndNoFindingsScoresAHundredAndDisabledRulesAreNotCounted() {
        Scorecard card = Scorecard.of(new Findings(List.of(), List.of()), facts(measurements("m.people", 3, 0)), RULES, Set.of());
        assertThat(card.of(Element.PEOPLE)).hasValueSatisfying(s -> assertThat(s.score()).isEqualTo(100.0));
        assertThat(Scorecard.of(new Findings(List.of(), List.of()), facts(measurements("m.people", 3, 0)), RULES, Set.of("P-1")).overall()).isEmpty();
    }
}
