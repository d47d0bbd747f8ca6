package dev.itss.bench;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.examples.SampleOrganisation;
import dev.itss.model.ServiceSnapshot;
import dev.itss.rules.BuiltInRuleBases;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an application pays at start: building the engine from the precompiled rules (the ready
 * rule base), and that plus the first assessment of the demo organisation. Each measurement is one
 * call in a fresh JVM (single shot, no warm-up), so class loading and JIT are part of the figure,
 * as they are for a user. The snapshot is read in the set-up, outside the measurement.
 *
 * <p>{@link #ruleBasePrecompiled} and {@link #ruleBaseCompiledAtStart} build the built-in rules'
 * rule base alone, from the executable model generated at build time and from the same DRL
 * compiled at start (what a rule pack's rules cost); the tear-down checks that both hold the same
 * rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
    private ServiceSnapshot hospital;
    /** The rule base a rule-base benchmark built, for the tear-down's check. */
    private KieBase built;

    @Setup(Level.Trial)
    public void readSnapshot() {
        hospital = SampleOrganisation.HOSPITAL.snapshot();
    }

    /** Engine build: ServiceLoader, precompiled model classes, KieBase, catalogue, texts, default policy. */
    @Benchmark
    public AssessmentEngine engineBuild() {
        return AssessmentEngine.load();
    }

    /** The built-in rule base from the precompiled executable model: what the engine build starts with. */
    @Benchmark
    public KieBase ruleBasePrecompiled() {
        return built = BuiltInRuleBases.precompiled();
    }

    /** The same rules' rule base, their DRL parsed and compiled at start by the classic builder. */
    @Benchmark
    public KieBase ruleBaseCompiledAtStart() {
        return built = BuiltInRuleBases.compiledFromDrl();
    }

    /** Both ways of building hold the same rules: a rule base missing a file would be faster for nothing. */
    @TearDown(Level.Trial)
    public void sameRules() {
        if (built != null) {
            Set<String> precompiled = BuiltInRuleBases.ruleNames(BuiltInRuleBases.precompiled());
            Set<String> fromDrl = BuiltInRuleBases.ruleNames(BuiltInRuleBases.compiledFromDrl());
            if (!precompiled.equals(fromDrl) || !BuiltInRuleBases.ruleNames(built).equals(precompiled)) {
                throw new IllegalStateException("the two rule bases differ: precompiled " + precompiled + ", from DRL " + fromDrl);
            }
        }
    }

    /** Engine build and the first assessment of the demo organisation. */
    @Benchmark
    public Assessment engineBuildToFirstAssessment() {
        return AssessmentEngine.load().assess(hospital);
    }
}
