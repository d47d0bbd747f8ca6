package dev.itss.rules.process;

import static dev.itss.rules.Fixtures.changes;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-017: releases recorded with their version (warning below 100 %, breach below 90 %). */
class Prc017ReleasesWithoutVersionRecordTest extends BandRuleTest {

    Prc017ReleasesWithoutVersionRecordTest() {
        super("PRC-017", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return changes("releasesWithVersionRecord: 85");
    }

    @Override
    protected String warning() {
        return changes("releasesWithVersionRecord: 95");
    }

    @Override
    protected String atWarningBound() {
        return changes("releasesWithVersionRecord: 100");
    }

    @Override
    protected String withoutInputs() {
        return changes("releases: 0, releasesWithVersionRecord: 0");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"recorded", 85};
    }
}
