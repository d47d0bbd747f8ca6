package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.check.Finding;
import dev.itss.read.DocumentFormat;
import dev.itss.model.SnapshotReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A finding's identity is its rule and the entities its justification names, never its numbers:
 * the same organisation with other figures (every one still beyond its band) gives the same keys,
 * so a second period can tell persisting problems from new and resolved ones.
 */
class FindingIdentityTest {
    private static final AssessmentEngine ENGINE = AssessmentEngine.load();
    private static final Path WORST = Path.of("src/test/resources/every-rule-fires.yaml");

    /** Other numbers for the same entities: each figure moves, none crosses back into its band. */
    private static final Map<String, String> OTHER_FIGURES = Map.ofEntries(
            Map.entry("workedHours: 600", "workedHours: 700"),
            Map.entry("absenceHours: 150", "absenceHours: 200"),
            Map.entry("kpiScore: 50", "kpiScore: 40"),
            Map.entry("callsAnswered: 700", "callsAnswered: 600"),
            Map.entry("downtimeHours: 100", "downtimeHours: 200"),
            Map.entry("failures: 5", "failures: 7"),
            Map.entry("quantity: 9", "quantity: 15"),
            Map.entry("inScope: 100, metSla: 80, major: 3", "inScope: 100, metSla: 70, major: 5"),
            Map.entry("reopened: 200", "reopened: 250"),
            Map.entry("changesFailed: 20", "changesFailed: 25"),
            Map.entry("satisfied: 120", "satisfied: 100"),
            Map.entry("incidents: 6, problemRecords: 0", "incidents: 9, problemRecords: 0"),
            Map.entry("falseAlerts: 300", "falseAlerts: 350"),
            Map.entry("lastReviewed: 2023-01-01", "lastReviewed: 2022-06-01"));

    @Test
    void theSameOrganisationWithOtherFiguresGivesTheSameFindingKeys() throws IOException {
        String yaml = Files.readString(WORST, StandardCharsets.UTF_8);
        String other = yaml;
        for (Map.Entry<String, String> change : OTHER_FIGURES.entrySet()) {
            assertThat(other).as("the worst case still holds " + change.getKey()).contains(change.getKey());
            other = other.replace(change.getKey(), change.getValue());
        }
        Assessment before = ENGINE.assess(SnapshotReader.standard().read("before.yaml", yaml, DocumentFormat.YAML));
        Assessment after = ENGINE.assess(SnapshotReader.standard().read("after.yaml", other, DocumentFormat.YAML));

        assertThat(keys(after)).isEqualTo(keys(before));
        // and the numbers did change: the same keys carry other evidence
        Map<String, Finding> was = before.findings().findings().stream().collect(Collectors.toMap(Finding::key, f -> f));
        long changed = after.findings().findings().stream().filter(f -> !f.evidence().equals(was.get(f.key()).evidence())).count();
        assertThat(changed).isGreaterThanOrEqualTo(OTHER_FIGURES.size());
    }

    private static Set<String> keys(Assessment assessment) {
        return assessment.findings().findings().stream().map(Finding::key).collect(Collectors.toSet());
    }
}
