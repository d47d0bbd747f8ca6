package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.engine.spi.FiredRule;
import dev.itss.check.Finding;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.policy.Policy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DroolsRuleEngineTest {
    private static final AssessmentEngine ENGINE = AssessmentEngine.load();
    private static final ServiceSnapshot HOSPITAL = SnapshotReader.standard()
            .read(Path.of("../itss-examples/src/main/resources/dev/itss/examples/hospital/snapshot.yaml"));

    @Test
    void isFoundThroughTheServiceLoader() {
        assertThat(ENGINE.assess(HOSPITAL).engine()).isEqualTo("drools");
    }

    @Test
    void theTraceListsEveryFiringWithItsRuleAndSubject() {
        Assessment assessment = ENGINE.assess(HOSPITAL);
        // one firing per finding: the links to actions are data, no rule fires for them
        assertThat(assessment.trace()).hasSize(assessment.findings().findings().size());
        assertThat(assessment.trace()).extracting(FiredRule::ruleId)
                .containsExactlyInAnyOrderElementsOf(assessment.findings().findings().stream().map(f -> f.ruleId()).toList());
        assertThat(assessment.trace()).extracting(FiredRule::ruleId, FiredRule::subjectKey)
                .contains(org.assertj.core.groups.Tuple.tuple("RES-001", "service-desk:service-desk"));
    }

    @Test
    void aDisabledRuleDoesNotFire() {
        Policy policy = ENGINE.defaultPolicy().overriddenBy(new Policy(null, null, Set.of("RES-001", "PPL-003"), null));
        Assessment assessment = ENGINE.assess(HOSPITAL, policy);
        assertThat(assessment.findings().findings()).extracting(Finding::ruleId).doesNotContain("RES-001", "PPL-003").contains("RES-002");
        assertThat(assessment.trace()).extracting(FiredRule::ruleId).doesNotContain("RES-001", "PPL-003");
    }

    @Test
    void concurrentAssessmentsOnOneEngineGiveTheSameFindings() throws Exception {
        List<String> expected = keys(ENGINE.assess(HOSPITAL));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Callable<List<String>> task = () -> keys(ENGINE.assess(HOSPITAL));
                results.add(pool.submit(task));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> keys(Assessment assessment) {
        return assessment.findings().findings().stream().map(f -> f.key() + " " + f.severity() + " " + f.evidence()).toList();
    }
}
