package dev.itss.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.itss.read.DocumentFormat;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.policy.Policy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasurerTest {
    private static final Policy POLICY = new Policy(Map.of(), List.of("incident", "change"), Set.of(), Map.of());

    private static ServiceSnapshot snapshot(String sections) {
        return SnapshotReader.standard().read("t.yaml", """
                organisation: {id: o, name: Org}
                period: {start: 2026-01-01, end: 2026-03-31}
                """ + sections, DocumentFormat.YAML);
    }

    @Test
    void anEmptySnapshotMeasuresEveryCatalogueMetricAsNotAvailableWithAReason() {
        Measurements measurements = Measurer.measure(snapshot(""), POLICY);
        for (MetricDefinition definition : MetricCatalog.standard().definitions()) {
            assertThat(measurements.of(definition.id()))
                    .as(definition.id())
                    .isNotEmpty()
                    .allSatisfy(m -> {
                        assertThat(m.available()).isFalse();
                        assertThat(m.unavailableReason()).isNotBlank();
                        assertThat(m.value()).isNaN();
                    });
        }
    }

    @Test
    void computesRatiosFromCountsAndKeepsTheCountsAsInputs() {
        Measurements m = Measurer.measure(snapshot("""
                resources:
                  serviceDesk: {callsOffered: 1200, callsAnswered: 1000, ticketsLogged: 900, ticketsDispatched: 800, ticketsRedispatched: 120}
                """), POLICY);
        Measurement answer = m.of(MetricCatalog.ANSWER_RATE, "service-desk").orElseThrow();
        assertThat(answer.value()).isEqualTo(0.833333333);
        assertThat(answer.inputs()).extracting(Evidence::name, Evidence::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("answered", 1000L), org.assertj.core.groups.Tuple.tuple("offered", 1200L),
                        org.assertj.core.groups.Tuple.tuple("missed", 200L));
        assertThat(m.of(MetricCatalog.DISPATCH_ACCURACY, "service-desk").orElseThrow().value()).isEqualTo(0.85);
    }

    @Test
    void measuresStaffingPerPostAndBackupOverThePosts() {
        Measurements m = Measurer.measure(snapshot("""
                people:
                  posts:
                    - {id: desk, name: Desk, requiredHeadcount: 4}
                    - {id: ops, name: Ops, requiredHeadcount: 1}
                    - {id: net, name: Net, requiredHeadcount: 1}
                  engineers:
                    - {id: a, name: A, post: desk, contractedHours: 100, workedHours: 90, workMode: ON_SITE, backupFor: [ops]}
                    - {id: b, name: B, post: desk, contractedHours: 0, workedHours: 0, workMode: ON_SITE}
                    - {id: c, name: C, post: net, contractedHours: 100, workedHours: 100, workMode: ON_SITE}
                """), POLICY);
        assertThat(m.of(MetricCatalog.POST_STAFFING_RATE, "desk").orElseThrow().value()).isEqualTo(0.5);
        assertThat(m.of(MetricCatalog.POST_STAFFING_RATE, "ops").orElseThrow().value()).isEqualTo(0.0);
        // desk: two holders cover each other; ops: A is its named backup; net: one holder, nobody named
        assertThat(m.of(MetricCatalog.POST_BACKUP_RATE, "o").orElseThrow().value()).isEqualTo(Measurement.round(2.0 / 3));
        assertThat(m.of(MetricCatalog.ENGINEER_OVERTIME, "a").orElseThrow().value()).isEqualTo(0.0);
        Measurement b = m.of(MetricCatalog.ENGINEER_OVERTIME, "b").orElseThrow();
        assertThat(b.available()).isFalse();
        assertThat(b.unavailableReason()).contains("contractedHours minus absenceHours is 0");
    }

    @Test
    void overtimeIsMeasuredAgainstTheContractLessAbsence() {
        Measurements m = Measurer.measure(snapshot("""
                people:
                  posts: [{id: desk, name: Desk, requiredHeadcount: 2}]
                  engineers:
                    - {id: under, name: U, post: desk, contractedHours: 500, workedHours: 430, absenceHours: 40, workMode: ON_SITE}
                    - {id: over, name: O, post: desk, contractedHours: 500, workedHours: 585, absenceHours: 8, workMode: ON_SITE}
                    - {id: absent, name: A, post: desk, contractedHours: 500, workedHours: 480, absenceHours: 40, workMode: ON_SITE}
                """), POLICY);
        // 430 of 460 available hours: fewer than contracted, no overtime
        assertThat(m.of(MetricCatalog.ENGINEER_OVERTIME, "under").orElseThrow().value()).isEqualTo(0.0);
        assertThat(m.of(MetricCatalog.ENGINEER_OVERTIME, "over").orElseThrow().value()).isCloseTo((585.0 - 492) / 492, within(1e-9));
        // 480 h is under the 500 h contract, but 20 h beyond the 460 h the engineer was available
        assertThat(m.of(MetricCatalog.ENGINEER_OVERTIME, "absent").orElseThrow().value()).isCloseTo(20.0 / 460, within(1e-9));
    }

    @Test
    void agesAreCountedInDaysToThePeriodEndAndNeverUsedPartsFromTheirStockingDay() {
        Measurements m = Measurer.measure(snapshot("""
                resources:
                  spareParts:
                    - {id: used, name: U, quantity: 2, unitValue: 10, stockedOn: 2024-01-01, lastUsed: 2026-03-01, requests: 4, hits: 3, damaged: 0}
                    - {id: never, name: N, quantity: 1, unitValue: 10, stockedOn: 2025-12-31, requests: 0, hits: 0, damaged: 0}
                technology:
                  emergencyPlans:
                    - {id: p, scenario: Outage, approvedOn: 2025-03-31}
                """), POLICY);
        assertThat(m.of(MetricCatalog.SPARE_PART_IDLE_DAYS, "used").orElseThrow().value()).isEqualTo(30);
        assertThat(m.of(MetricCatalog.SPARE_PART_IDLE_DAYS, "never").orElseThrow().value()).isEqualTo(90);
        assertThat(m.of(MetricCatalog.SPARE_PART_HIT_RATE, "spare-parts-store").orElseThrow().value()).isEqualTo(0.75);
        // never drilled: judged on the days since approval (first-drill allowance), not as a drill a year ago
        assertThat(m.of(MetricCatalog.DAYS_UNDRILLED, "p").orElseThrow().value()).isEqualTo(365);
        assertThat(m.of(MetricCatalog.DAYS_SINCE_DRILL, "p")).isEmpty();
    }

    @Test
    void requiredProcessCoverageFollowsThePolicy() {
        String processes = """
                process:
                  definitions:
                    - {id: incident, name: Incident, documentedOn: 2025-01-01}
                    - {id: change, name: Change}
                """;
        Measurement coverage = Measurer.measure(snapshot(processes), POLICY).of(MetricCatalog.REQUIRED_PROCESS_COVERAGE, "o").orElseThrow();
        assertThat(coverage.value()).isEqualTo(0.5);
        Measurement none = Measurer.measure(snapshot(processes), Policy.empty()).of(MetricCatalog.REQUIRED_PROCESS_COVERAGE, "o").orElseThrow();
        assertThat(none.available()).isFalse();
        assertThat(none.unavailableReason()).contains("requires no process");
    }

    @Test
    void roundsAwayFloatingPointNoiseSoBoundsCompareExactly() {
        Measurement shortfall = Measurer.measure(snapshot("""
                services: [{id: s, name: S, sla: {attainmentTarget: 0.9}, tickets: {inScope: 100, metSla: 85}}]
                """), POLICY).of(MetricCatalog.SLA_SHORTFALL, "s").orElseThrow();
        assertThat(0.9 - 0.85).isNotEqualTo(0.05);
        assertThat(shortfall.value()).isEqualTo(0.05);
    }
}
