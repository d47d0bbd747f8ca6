package dev.itss.rules.process;

import static dev.itss.rules.Fixtures.changes;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-013: problems closed with a root cause (warning below 80 %, breach below 60 %). */
class Prc013ProblemsWithoutRootCauseTest extends BandRuleTest {

    Prc013ProblemsWithoutRootCauseTest() {
        super("PRC-013", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return changes("problemsWithRootCause: 5");
    }

    @Override
    protected String warning() {
        return changes("problemsWithRootCause: 7");
    }

    @Override
    protected String atWarningBound() {
        return changes("problemsWithRootCause: 8");
    }

    @Override
    protected String withoutInputs() {
        return changes("problems: 0, problemsWithRootCause: 0");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"withRootCause", 5, "problems", 10};
    }
}
