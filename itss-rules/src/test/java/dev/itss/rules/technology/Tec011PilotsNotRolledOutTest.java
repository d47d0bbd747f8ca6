package dev.itss.rules.technology;

import static dev.itss.rules.Fixtures.research;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** TEC-011: completed pilots rolled out (warning below 50 %, breach below 25 %). */
class Tec011PilotsNotRolledOutTest extends BandRuleTest {

    Tec011PilotsNotRolledOutTest() {
        super("TEC-011", Severity.LOW, "test-org");
    }

    @Override
    protected String breach() {
        return research("  research: {hours: 100, pilots: 10, pilotsAdopted: 2}\n");
    }

    @Override
    protected String warning() {
        return research("  research: {hours: 100, pilots: 10, pilotsAdopted: 4}\n");
    }

    @Override
    protected String atWarningBound() {
        return research("  research: {hours: 100, pilots: 10, pilotsAdopted: 5}\n");
    }

    @Override
    protected String withoutInputs() {
        return research("  research: {hours: 100, pilots: 0, pilotsAdopted: 0}\n");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"adopted", 2, "pilots", 10};
    }
}
