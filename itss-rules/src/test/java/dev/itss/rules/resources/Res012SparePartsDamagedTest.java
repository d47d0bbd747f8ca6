package dev.itss.rules.resources;

import static dev.itss.rules.Fixtures.part;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** RES-012: damaged units over units held plus damaged (warning above 2 %, breach above 5 %). */
class Res012SparePartsDamagedTest extends BandRuleTest {

    Res012SparePartsDamagedTest() {
        super("RES-012", Severity.MEDIUM, "spare-parts-store");
    }

    @Override
    protected String breach() {
        return part("quantity: 90, damaged: 10");
    }

    @Override
    protected String warning() {
        return part("quantity: 96, damaged: 4");
    }

    @Override
    protected String atWarningBound() {
        return part("quantity: 98, damaged: 2");
    }

    @Override
    protected String withoutInputs() {
        return "resources: {spareParts: []}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"damaged", 10, "units", 100};
    }
}
