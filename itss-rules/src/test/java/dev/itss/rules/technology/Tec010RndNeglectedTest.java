package dev.itss.rules.technology;

import static dev.itss.rules.Fixtures.research;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** TEC-010: R&D hours over hours worked (warning below 5 %, breach below 2 %). */
class Tec010RndNeglectedTest extends BandRuleTest {

    Tec010RndNeglectedTest() {
        super("TEC-010", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return research("  research: {hours: 10, pilots: 0, pilotsAdopted: 0}\n");
    }

    @Override
    protected String warning() {
        return research("  research: {hours: 30, pilots: 0, pilotsAdopted: 0}\n");
    }

    @Override
    protected String atWarningBound() {
        return research("  research: {hours: 50, pilots: 0, pilotsAdopted: 0}\n");
    }

    @Override
    protected String withoutInputs() {
        return research("  activities: []\n");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"rndHours", 10, "workedHours", 1000};
    }
}
