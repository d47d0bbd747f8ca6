package dev.itss.bench;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.model.ServiceSnapshot;
import dev.itss.test.Organisations;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The assessment of a generated organisation ({@link Organisations#ofSize}, seed 42) at a share of
 * the large size (2,000 engineers, 200 posts, 500 services, 20,000 spare parts, 50,000 articles,
 * 1,000 configuration items), on one engine shared by one thread or by two: the two-thread
 * throughput over the one-thread throughput is the scaling.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MINUTES)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class LargeOrganisationBenchmark {
    /** The share of the large size: 0.1, 1 (the large organisation), 10. */
    @Param({"0.1", "1"})
    public double scale;

    private AssessmentEngine engine;
    private ServiceSnapshot organisation;

    @Setup
    public void setUp() {
        engine = AssessmentEngine.load();
        organisation = Organisations.ofSize(42, Organisations.Size.LARGE.scaled(scale));
    }

    @Benchmark
    @Threads(1)
    public Assessment oneThread() {
        return engine.assess(organisation);
    }

    @Benchmark
    @Threads(2)
    public Assessment twoThreads() {
        return engine.assess(organisation);
    }
}
