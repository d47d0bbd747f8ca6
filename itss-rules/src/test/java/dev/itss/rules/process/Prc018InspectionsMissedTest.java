package dev.itss.rules.process;

import static dev.itss.rules.Fixtures.routine;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-018: inspections performed over planned (warning below 100 %, breach below 90 %). */
class Prc018InspectionsMissedTest extends BandRuleTest {

    Prc018InspectionsMissedTest() {
        super("PRC-018", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return routine("inspectionsPlanned: 20, inspectionsPerformed: 16, terminalsRetired: 0, terminalsRecycledWithRecord: 0");
    }

    @Override
    protected String warning() {
        return routine("inspectionsPlanned: 20, inspectionsPerformed: 19, terminalsRetired: 0, terminalsRecycledWithRecord: 0");
    }

    @Override
    protected String atWarningBound() {
        return routine("inspectionsPlanned: 20, inspectionsPerformed: 20, terminalsRetired: 0, terminalsRecycledWithRecord: 0");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"performed", 16, "planned", 20};
    }
}
