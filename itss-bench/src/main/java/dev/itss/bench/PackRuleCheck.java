package dev.itss.bench;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.examples.SampleOrganisation;
import dev.itss.model.ServiceSnapshot;
import java.nio.file.Path;

/**
 * A rule author's loop without the build: one JVM that builds the engine with a pack folder as it
 * is now and assesses the hospital sample, printing the findings of one rule, and the engine build
 * times (built-in only, first build with the pack, rebuild with the pack) in milliseconds.
 * {@code itss-bench/pack-loop.sh} times it as a whole process after an edit of the pack.
 *
 * <pre>
 * java -cp itss-bench/target/benchmarks.jar dev.itss.bench.PackRuleCheck PACK_DIR HSP-001
 * </pre>
 */
public final class PackRuleCheck {
    private PackRuleCheck() {}

    public static void main(String[] args) {
        Path pack = Path.of(args[0]);
        String rule = args[1];
        long t0 = System.nanoTime();
        AssessmentEngine.load();
        long t1 = System.nanoTime();
        AssessmentEngine engine = AssessmentEngine.builder().withPack(pack).build();
        long t2 = System.nanoTime();
        AssessmentEngine.builder().withPack(pack).build();
        long t3 = System.nanoTime();
        ServiceSnapshot snapshot = SampleOrganisation.HOSPITAL.snapshot();
        Assessment assessment = engine.assess(snapshot, engine.defaultPolicy(), SampleOrganisation.HOSPITAL.records(snapshot, engine.defaultPolicy()));
        System.out.printf("%s: %d findings; build ms: built-in %d, with pack %d, rebuild with pack %d%n", rule,
                assessment.findings().ofRule(rule).size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }
}
