package dev.itss.test;

import dev.itss.check.RuleCatalog;
import dev.itss.check.RuleDescriptor;
import dev.itss.engine.Assessment;
import dev.itss.engine.spi.FiredRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Rule coverage over a test run: the rules the harness saw (every engine a {@link RuleVerifier}
 * or {@link ComplianceGate} was built on) against the rules that fired in an assessment the
 * harness ran or asserted. Registered as a JUnit Platform listener (through
 * {@code META-INF/services}), it prints the rules that never fired when the run ends and writes
 * them to {@code target/itss-rule-coverage.txt}; {@code -Ditss.coverage=false} turns it off.
 *
 * <pre>{@code
 * itss rule coverage: 71 of 74 rules fired; never fired: [HSP-002, RES-016, TEC-011]
 * }</pre>
 *
 * <p>A rule that only reported NOT_AVAILABLE, or was tested only by {@code flagsNothing()}, did not
 * fire: the report is the list of rules no test has seen raise a finding.
 */
public final class RuleCoverage implements TestExecutionListener {
    private static final Set<String> KNOWN = new ConcurrentSkipListSet<>();
    private static final Set<String> FIRED = new ConcurrentSkipListSet<>();

    /** Records the rules of an engine's catalogue as rules to cover. */
    public static void know(RuleCatalog rules) {
        rules.rules().stream().map(RuleDescriptor::id).forEach(KNOWN::add);
    }

    /** Records the rules that fired in an assessment. */
    public static void record(Assessment assessment) {
        assessment.trace().stream().map(FiredRule::ruleId).forEach(FIRED::add);
        assessment.findings().findings().forEach(f -> FIRED.add(f.ruleId()));
    }

    /** The rules known and never fired so far in this JVM, sorted. */
    public static List<String> neverFired() {
        Set<String> out = new TreeSet<>(KNOWN);
        out.removeAll(FIRED);
        return List.copyOf(out);
    }

    /** The rules fired so far in this JVM, sorted. */
    public static List<String> fired() {
        return List.copyOf(new TreeSet<>(FIRED));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (KNOWN.isEmpty() || !Boolean.parseBoolean(System.getProperty("itss.coverage", "true"))) {
            return;
        }
        List<String> never = neverFired();
        String line = "itss rule coverage: " + (KNOWN.size() - never.size()) + " of " + KNOWN.size() + " rules fired; never fired: " + never;
        System.out.println(line);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            try {
                Files.writeString(target.resolve("itss-rule-coverage.txt"), line + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write target/itss-rule-coverage.txt", e);
            }
        }
    }
}
