package dev.itss.test;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.Severity;
import dev.itss.model.SnapshotReader;
import dev.itss.policy.Policy;
import dev.itss.policy.PolicyReader;
import dev.itss.read.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A JUnit 5 compliance gate: every snapshot in a folder becomes a dynamic test that fails when
 * its assessment has a finding at or above a severity. A {@code policy.yaml} in the folder is laid
 * over the engine's default policy for all of them.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> everySiteIsCompliant() {
 *     return ComplianceGate.snapshotsIn(Path.of("src/test/resources/sites"))
 *             .withPack(Path.of("src/main/resources/packs/desk"))
 *             .failingAt(Severity.HIGH)
 *             .tests();
 * }
 * }</pre>
 */
public final class ComplianceGate {
    private final Path folder;
    private final Severity failAt;
    private final List<Path> packs;

    private ComplianceGate(Path folder, Severity failAt, List<Path> packs) {
        this.folder = folder;
        this.failAt = failAt;
        this.packs = List.copyOf(packs);
    }

    /** A gate over the snapshots ({@code *.yaml}, {@code *.yml}, {@code *.json}, except {@code policy.yaml}) in a folder; fails at HIGH unless told. */
    public static ComplianceGate snapshotsIn(Path folder) {
        return new ComplianceGate(Objects.requireNonNull(folder, "folder"), Severity.HIGH, List.of());
    }

    /** The severity from which a finding fails the snapshot's test. */
    public ComplianceGate failingAt(Severity severity) {
        return new ComplianceGate(folder, Objects.requireNonNull(severity, "severity"), packs);
    }

    /** Assesses with a rule pack laid over the built-in rules. */
    public ComplianceGate withPack(Path pack) {
        List<Path> more = new java.util.ArrayList<>(packs);
        more.add(pack);
        return new ComplianceGate(folder, failAt, more);
    }

    /**
     * One test per snapshot, in file-name order. The engine is built once, when the first test
     * runs (so a broken pack fails the tests, not the discovery).
     *
     * @throws UncheckedIOException when the folder cannot be listed
     * @throws IllegalArgumentException when it holds no snapshot (a gate over nothing would pass)
     */
    public Stream<DynamicTest> tests() {
        List<Path> snapshots;
        try (Stream<Path> files = Files.list(folder)) {
            snapshots = files.filter(Files::isRegularFile).filter(ComplianceGate::isSnapshot).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the snapshots in " + folder, e);
        }
        if (snapshots.isEmpty()) {
            throw new IllegalArgumentException("no snapshot (*.yaml, *.yml, *.json) in " + folder.toAbsolutePath() + "; a gate over nothing would pass");
        }
        Engine engine = new Engine();
        return snapshots.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
            ServiceSnapshot snapshot;
            try {
                snapshot = SnapshotReader.standard().read(file);
            } catch (InvalidInputException e) {
                throw new AssertionError(file + " is not a valid snapshot:" + System.lineSeparator() + e.getMessage(), e);
            }
            AssessmentEngine built = engine.get();
            Assessment assessment = built.assess(snapshot, engine.policy);
            ItssAssertions.assertThat(assessment).as(file.getFileName().toString()).hasNoFindingsAtOrAbove(failAt);
        }));
    }

    private static boolean isSnapshot(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.equals("policy.yaml") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    /** The engine and policy, built by the first test. */
    private final class Engine {
        private AssessmentEngine engine;
        private Policy policy;

        synchronized AssessmentEngine get() {
            if (engine == null) {
                AssessmentEngine.Builder builder = AssessmentEngine.builder();
                packs.forEach(builder::withPack);
                engine = builder.build();
                RuleCoverage.know(engine.rules());
                Path policyFile = folder.resolve("policy.yaml");
                policy = Files.isRegularFile(policyFile) ? engine.defaultPolicy().overriddenBy(PolicyReader.standard().read(policyFile)) : engine.defaultPolicy();
            }
            return engine;
        }
    }
}
