package dev.itss.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.check.BandLevel;
import dev.itss.check.Finding;
import dev.itss.check.Findings;
import dev.itss.check.Outcome;
import dev.itss.check.Scorecard;
import dev.itss.engine.Assessment;
import dev.itss.improve.ImprovementPlan;
import dev.itss.measure.Evidence;
import dev.itss.measure.Measurement;
import dev.itss.measure.Measurements;
import dev.itss.measure.MetricCatalog;
import dev.itss.model.Element;
import dev.itss.model.Organisation;
import dev.itss.model.Period;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendsTest {
    private static final Organisation ORG = new Organisation("org", "Org");
    private static final Subject DESK = new Subject("post", "desk", "Desk");
    private static final Subject KB = new Subject("knowledge-base", "kb", "KB");

    private static Finding finding(String rule, Subject subject, BandLevel level, double observed) {
        return new Finding(rule, Element.PEOPLE, Severity.HIGH, level, subject, "people.post_staffing_rate",
                List.of(Evidence.ratio("observed", observed)), List.of(), Outcome.FINDING);
    }

    /** Quarter {@code q} of 2026 with these measurements and findings. */
    private static Assessment quarter(int q, List<Measurement> measured, List<Finding> findings) {
        LocalDate start = LocalDate.of(2026, 3 * q - 2, 1);
        Period period = new Period(start, start.plusMonths(3).minusDays(1));
        return new Assessment(ORG, period, new Measurements(measured), new Findings(findings, List.of()), List.of(), "test",
                ImprovementPlan.none(ORG, period), new Scorecard(List.of(), Optional.empty()));
    }

    private static Measurement staffing(double value) {
        return Measurement.of("people.post_staffing_rate", DESK, value);
    }

    @Test
    void aMetricWorseInEachOfTheLastTwoPeriodsIsATrendAndOneStepBackIsNot() {
        List<Assessment> worsening = List.of(quarter(1, List.of(staffing(1.0)), List.of()), quarter(2, List.of(staffing(0.9)), List.of()),
                quarter(3, List.of(staffing(0.8)), List.of()));
        assertThat(Trends.of(worsening, MetricCatalog.standard(), 2)).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Trends.Kind.WORSENING);
            assertThat(t.values()).containsExactly(Optional.of(1.0), Optional.of(0.9), Optional.of(0.8));
        });
        List<Assessment> recovering = List.of(quarter(1, List.of(staffing(1.0)), List.of()), quarter(2, List.of(staffing(0.8)), List.of()),
                quarter(3, List.of(staffing(0.9)), List.of()));
        assertThat(Trends.of(recovering, MetricCatalog.standard(), 2)).isEmpty();
        List<Assessment> flat = List.of(quarter(1, List.of(staffing(0.9)), List.of()), quarter(2, List.of(staffing(0.9)), List.of()),
                quarter(3, List.of(staffing(0.8)), List.of()));
        assertThat(Trends.of(flat, MetricCatalog.standard(), 2)).as("equal is not worse").isEmpty();
        assertThat(Trends.of(flat, MetricCatalog.standard(), 1)).as("one change in a row").hasSize(1);
    }

    @Test
    void aBreachInEachPeriodPersistsAndAWarningInBetweenBreaksIt() {
        List<Assessment> persisting = List.of(quarter(1, List.of(), List.of(finding("PPL-001", DESK, BandLevel.BREACH, 0.5))),
                quarter(2, List.of(), List.of(finding("PPL-001", DESK, BandLevel.BREACH, 0.6))),
                quarter(3, List.of(), List.of(finding("PPL-001", DESK, BandLevel.BREACH, 0.7))));
        assertThat(Trends.of(persisting, MetricCatalog.standard(), 2)).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Trends.Kind.PERSISTENT_BREACH);
            assertThat(t.finding()).contains("PPL-001|post:desk");
        });
        List<Assessment> broken = List.of(quarter(1, List.of(), List.of(finding("PPL-001", DESK, BandLevel.BREACH, 0.5))),
                quarter(2, List.of(), List.of(finding("PPL-001", DESK, BandLevel.WARNING, 0.8))),
                quarter(3, List.of(), List.of(finding("PPL-001", DESK, BandLevel.BREACH, 0.7))));
        assertThat(Trends.of(broken, MetricCatalog.standard(), 2)).isEmpty();
    }

    @Test
    void aFindingThatComesBackAfterItWasResolvedRecurs() {
        List<Assessment> back = List.of(quarter(1, List.of(), List.of(finding("RES-003", KB, BandLevel.WARNING, 0.1))),
                quarter(2, List.of(), List.of()),
                quarter(3, List.of(), List.of(finding("RES-003", KB, BandLevel.WARNING, 0.1))));
        assertThat(Trends.of(back, MetricCatalog.standard(), 2)).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Trends.Kind.RECURRING);
            assertThat(t.values()).containsExactly(Optional.of(0.1), Optional.empty(), Optional.of(0.1));
        });
        List<Assessment> always = new ArrayList<>(List.of(quarter(1, List.of(), List.of(finding("RES-003", KB, BandLevel.WARNING, 0.1))),
                quarter(2, List.of(), List.of(finding("RES-003", KB, BandLevel.WARNING, 0.1)))));
        assertThat(Trends.of(always, MetricCatalog.standard(), 2)).as("present throughout: not recurring").isEmpty();
    }

    @Test
    void theDiffIsByIdentityNotByNumbers() {
        Assessment q1 = quarter(1, List.of(), List.of(finding("PPL-001", DESK, BandLevel.BREACH, 0.5), finding("RES-003", KB, BandLevel.WARNING, 0.1)));
        Assessment q2 = quarter(2, List.of(), List.of(finding("PPL-001", DESK, BandLevel.WARNING, 0.75), finding("PPL-002", DESK, BandLevel.BREACH, 0.0)));
        AssessmentDiff diff = AssessmentDiff.of(q1, q2);
        assertThat(diff.added()).extracting(FindingRef::key).containsExactly("PPL-002|post:desk");
        assertThat(diff.resolved()).extracting(FindingRef::key).containsExactly("RES-003|knowledge-base:kb");
        assertThat(diff.persisting()).extracting(p -> p.after().key()).containsExactly("PPL-001|post:desk");   // its numbers changed
    }

    @Test
    void theOrganisationFoldersOwnPeriodIsNamedByItsQuarterOrMonth() {
        assertThat(History.label(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))).isEqualTo("2026-Q3");
        assertThat(History.label(new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)))).isEqualTo("2026-08");
        assertThat(History.label(new Period(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 30)))).isEqualTo("2026-08-03..2026-08-30");
    }
}
