package dev.itss.bench;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.examples.SampleOrganisation;
import dev.itss.model.ServiceSnapshot;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an application pays at start: building the engine from the precompiled rules (the ready
 * rule base), and that plus the first assessment of the demo organisation. Each measurement is one
 * call in a fresh JVM (single shot, no warm-up), so class loading and JIT are part of the figure,
 * as they are for a user. The snapshot is read in the set-up, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
    private ServiceSnapshot hospital;

    @Setup(Level.Trial)
    public void readSnapshot() {
        hospital = SampleOrganisation.HOSPITAL.snapshot();
    }

    /** Engine build: ServiceLoader, precompiled model classes, KieBase, catalogue, texts, default policy. */
    @Benchmark
    public AssessmentEngine engineBuild() {
        return AssessmentEngine.load();
    }

    /** Engine build and the first assessment of the demo organisation. */
    @Benchmark
    public Assessment engineBuildToFirstAssessment() {
        return AssessmentEngine.load().assess(hospital);
    }
}
