package dev.itss.bench;

import dev.itss.check.RuleKind;
import dev.itss.engine.AssessmentEngine;
import dev.itss.engine.spi.Detection;
import dev.itss.examples.SampleOrganisation;
import dev.itss.measure.Facts;
import dev.itss.measure.Measurer;
import dev.itss.model.ServiceSnapshot;
import dev.itss.policy.Policy;
import dev.itss.records.OperationalRecords;
import dev.itss.rules.BuiltInRuleBases;
import dev.itss.rules.DroolsRuleEngine;
import dev.itss.test.Organisations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rules stage against a plain-Java baseline ({@link PlainJavaRules}): the built-in DRL rules
 * run by Drools over an organisation's facts, and the same rules written by hand, on the hospital
 * sample and on the large generated organisation. The facts are measured once in the set-up; both
 * sides start from them. The set-up asserts that both return the same (rule, subject) pairs, with
 * their counts, before anything is measured.
 *
 * <ul>
 *   <li>{@code drools}: {@code RuleEngine.detect}: a session, the facts inserted, the rules fired,
 *       each firing's finding built (justification inserted into the session, evidence, texts).
 *       The check rows of {@code checks.yaml} are disabled: they are not DRL rules and the baseline
 *       does not cover them.</li>
 *   <li>{@code plainJava}: the baseline: hash-map joins, the (rule, subject) pairs only.</li>
 *   <li>{@code assessment}: the whole assessment (validation, measurement, rules, plan, scores), for scale.</li>
 * </ul>
 *
 * <pre>
 * java -jar itss-bench/target/benchmarks.jar LargeOrganisationRulesBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class LargeOrganisationRulesBenchmark {
    /** {@code hospital}: the embedded sample; {@code large}: {@code Organisations.ofSize(42, Size.LARGE)}. */
    @Param({"hospital", "large"})
    public String organisation;

    private AssessmentEngine engine;
    private DroolsRuleEngine rules;
    private ServiceSnapshot snapshot;
    private Policy policy;
    private OperationalRecords records;
    private Facts facts;
    private Set<String> checkRows;

    @Setup(Level.Trial)
    public void measureAndCompare() {
        rules = new DroolsRuleEngine();
        engine = AssessmentEngine.using(rules);
        policy = engine.defaultPolicy();
        if (organisation.equals("hospital")) {
            snapshot = SampleOrganisation.HOSPITAL.snapshot();
            records = SampleOrganisation.HOSPITAL.records(snapshot, policy);
        } else {
            snapshot = Organisations.ofSize(42, Organisations.Size.LARGE);
            records = OperationalRecords.none();
        }
        facts = Measurer.facts(snapshot, policy, records, engine.thresholds(policy), engine.metrics());
        checkRows = BuiltInRuleBases.ruleIds(rules.catalog(), RuleKind.CHECK);
        requireSameFirings(rules.detect(facts, checkRows), PlainJavaRules.detect(facts), BuiltInRuleBases.ruleIds(rules.catalog(), RuleKind.DETECTION), organisation);
    }

    /**
     * Throws unless the baseline covers every DRL rule and finds the same (rule, subject) pairs,
     * with their counts, as the engine.
     */
    static void requireSameFirings(Detection detection, List<String> baseline, Set<String> drlRules, String organisation) {
        Set<String> uncovered = new TreeSet<>(drlRules);
        uncovered.removeAll(PlainJavaRules.ruleIds());
        if (!uncovered.isEmpty()) {
            throw new IllegalStateException("the plain-Java baseline does not cover the DRL rules " + uncovered);
        }
        List<String> engine = PlainJavaRules.pairs(detection.findings());
        if (!engine.equals(baseline)) {
            List<String> onlyEngine = new ArrayList<>(engine);
            baseline.forEach(onlyEngine::remove);
            List<String> onlyBaseline = new ArrayList<>(baseline);
            engine.forEach(onlyBaseline::remove);
            throw new IllegalStateException(organisation + ": the engine and the baseline disagree; engine only: "
                    + onlyEngine.subList(0, Math.min(20, onlyEngine.size())) + " (" + onlyEngine.size() + "), baseline only: "
                    + onlyBaseline.subList(0, Math.min(20, onlyBaseline.size())) + " (" + onlyBaseline.size() + ")");
        }
    }

    @Benchmark
    public Detection drools() {
        return rules.detect(facts, checkRows);
    }

    @Benchmark
    public List<String> plainJava() {
        return PlainJavaRules.detect(facts);
    }

    @Benchmark
    public Object assessment() {
        return engine.assess(snapshot, policy, records);
    }
}
