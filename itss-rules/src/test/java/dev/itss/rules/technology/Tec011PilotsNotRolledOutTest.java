package dev.itss.rules.technology;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** TEC-011: completed pilots rolled out (warning below 50 %, breach below 25 %). */
class Tec011PilotsNotRolledOutTest extends BandRuleTest {

    Tec011PilotsNotRolledOutTest() {
        super("TEC-011", Severity.LOW, "test-org");
    }

    private static String research(String research) {
        return "people:\n  posts: [{id: ops, name: Ops, requiredHeadcount: 1}]\n"
                + "  engineers: [{id: e1, name: E1, post: ops, contractedHours: 1000, workedHours: 1000, workMode: ON_SITE}]\n"
                + "technology:\n" + research;
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
