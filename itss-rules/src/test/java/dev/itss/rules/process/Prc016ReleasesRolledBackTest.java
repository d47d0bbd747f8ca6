package dev.itss.rules.process;

import static dev.itss.rules.Fixtures.changes;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-016: releases rolled back (warning above 5 %, breach above 10 %). */
class Prc016ReleasesRolledBackTest extends BandRuleTest {

    Prc016ReleasesRolledBackTest() {
        super("PRC-016", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return changes("releasesRolledBack: 15");
    }

    @Override
    protected String warning() {
        return changes("releasesRolledBack: 8");
    }

    @Override
    protected String atWarningBound() {
        return changes("releasesRolledBack: 5");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"rolledBack", 15, "releases", 100};
    }
}
