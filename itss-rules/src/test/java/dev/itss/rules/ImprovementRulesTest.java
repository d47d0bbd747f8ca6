package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.finding.Finding;
import dev.itss.finding.RuleDescriptor;
import dev.itss.finding.RuleKind;
import dev.itss.improve.ImprovementAction;
import dev.itss.model.SnapshotReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Each improvement rule links exactly the detection rules this table names to its template (the
 * table is the specification; the DRL must agree with it), and links nothing when there is nothing
 * to improve.
 */
class ImprovementRulesTest {
    private static final AssessmentEngine ENGINE = AssessmentEngine.load();
    private static final Assessment WORST = ENGINE.assess(SnapshotReader.standard().read(Path.of("src/test/resources/every-rule-fires.yaml")));

    /** Template → the detection rules whose findings it addresses. */
    static final Map<String, Set<String>> ADDRESSES = new TreeMap<>(Map.ofEntries(
            Map.entry("A-P-01", Set.of("PPL-004", "PPL-009", "PRC-010", "PRC-012", "PRC-006", "PRC-028")),
            Map.entry("A-P-02", Set.of("PPL-001", "PPL-002", "PPL-005", "PPL-007", "PPL-010")),
            Map.entry("A-P-03", Set.of("PPL-003", "PPL-006", "PRC-009", "PRC-011")),
            Map.entry("A-P-04", Set.of("PPL-008", "PRC-006", "PPL-007")),
            Map.entry("A-R-01", Set.of("PRC-004", "PRC-022", "PRC-003", "PRC-005", "PRC-007", "SUP-003")),
            Map.entry("A-R-02", Set.of("RES-006", "RES-007", "RES-008", "RES-009")),
            Map.entry("A-R-03", Set.of("RES-001", "RES-002", "RES-010", "RES-011", "RES-021")),
            Map.entry("A-R-04", Set.of("RES-003", "RES-014", "RES-015", "RES-016", "RES-017", "RES-018", "RES-019", "RES-020", "PPL-010")),
            Map.entry("A-R-05", Set.of("RES-004", "RES-005", "RES-012", "RES-013")),
            Map.entry("A-T-01", Set.of("TEC-004", "TEC-010", "TEC-011")),
            Map.entry("A-T-02", Set.of("TEC-005", "TEC-006", "TEC-009", "TEC-012")),
            Map.entry("A-T-03", Set.of("TEC-001", "TEC-002", "RES-018", "PRC-018")),
            Map.entry("A-T-04", Set.of("TEC-003", "TEC-013", "PRC-005", "SUP-004", "SUP-005")),
            Map.entry("A-T-05", Set.of("TEC-007", "TEC-008", "PRC-020")),
            Map.entry("A-S-01", Set.of("PRC-002", "PRC-003", "PRC-008", "PRC-013", "PRC-014", "PRC-015", "PRC-016", "PRC-017", "PRC-018",
                    "PRC-019", "PRC-020", "PRC-021", "PRC-023", "PRC-024", "PRC-025", "PRC-026", "PRC-027", "PRC-029", "PRC-030", "PRC-031")),
            Map.entry("A-S-02", Set.of("PRC-001", "PRC-004", "SUP-001", "SUP-002"))));

    static List<String> templates() {
        return List.copyOf(ADDRESSES.keySet());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void linksTheFindingsOfExactlyItsDetectionRules(String template) {
        Set<String> firedHere = WORST.findings().findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        Set<String> expected = ADDRESSES.get(template).stream().filter(firedHere::contains).collect(Collectors.toSet());
        ImprovementAction action = WORST.plan().actions().stream().filter(a -> a.template().id().equals(template)).findFirst()
                .orElseThrow(() -> new AssertionError("no action for " + template));
        assertThat(action.ruleIds()).as(template).containsExactlyInAnyOrderElementsOf(expected);
        // every finding of those rules is listed, not one per rule
        List<String> keys = WORST.findings().findings().stream().filter(f -> expected.contains(f.ruleId())).map(Finding::key).sorted().toList();
        assertThat(action.findings()).as(template).containsExactlyElementsOf(keys);
    }

    @Test
    void everyImprovementRuleIsCoveredByTheTable() {
        Set<String> actions = ENGINE.rules().rules().stream().filter(r -> r.kind() == RuleKind.IMPROVEMENT).map(RuleDescriptor::action)
                .collect(Collectors.toSet());
        assertThat(actions).isEqualTo(ADDRESSES.keySet());
    }

    @Test
    void linksNothingWhenNothingWasFound() {
        Assessment healthy = ENGINE.assess(SnapshotReader.standard().read("healthy", """
                organisation: {id: o, name: O}
                period: {start: 2026-01-01, end: 2026-03-31}
                resources:
                  serviceDesk: {callsOffered: 100, callsAnswered: 99, ticketsLogged: 99, ticketsDispatched: 50, ticketsRedispatched: 0}
                """, dev.itss.io.DocumentFormat.YAML));
        assertThat(healthy.findings().findings()).isEmpty();
        assertThat(healthy.plan().actions()).isEmpty();
    }
}
