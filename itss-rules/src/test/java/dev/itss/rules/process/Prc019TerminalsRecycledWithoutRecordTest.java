package dev.itss.rules.process;

import static dev.itss.rules.Fixtures.routine;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-019: retired terminals recycled with a record (warning below 100 %, breach below 90 %). */
class Prc019TerminalsRecycledWithoutRecordTest extends BandRuleTest {

    Prc019TerminalsRecycledWithoutRecordTest() {
        super("PRC-019", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return routine("inspectionsPlanned: 0, inspectionsPerformed: 0, terminalsRetired: 20, terminalsRecycledWithRecord: 16");
    }

    @Override
    protected String warning() {
        return routine("inspectionsPlanned: 0, inspectionsPerformed: 0, terminalsRetired: 20, terminalsRecycledWithRecord: 19");
    }

    @Override
    protected String atWarningBound() {
        return routine("inspectionsPlanned: 0, inspectionsPerformed: 0, terminalsRetired: 20, terminalsRecycledWithRecord: 20");
    }

    @Override
    protected String withoutInputs() {
        return routine("inspectionsPlanned: 0, inspectionsPerformed: 0, terminalsRetired: 0, terminalsRecycledWithRecord: 0");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"recorded", 16, "retired", 20};
    }
}
